using System.Reflection;
using Wuhu.Storage;

namespace Wuhu.Infra.Tests;

/// <summary>The containers and tables the Bicep creates are the ones Wuhu.Storage uses.</summary>
public sealed class StorageNamesTests
{
    public static TheoryData<string, string> StorageNameConstants()
    {
        var data = new TheoryData<string, string>();
        foreach (var field in typeof(StorageNames).GetFields(BindingFlags.Public | BindingFlags.Static).Where(field => field.IsLiteral))
        {
            data.Add(field.Name, (string)field.GetRawConstantValue()!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(StorageNameConstants))]
    public void Bicep_creates_the_container_or_table(string constant, string name)
    {
        var containers = Names("Microsoft.Storage/storageAccounts/blobServices/containers");
        var tables = Names("Microsoft.Storage/storageAccounts/tableServices/tables");

        if (constant.EndsWith("Container", StringComparison.Ordinal))
        {
            Assert.True(containers.Contains(name), $"StorageNames.{constant} = '{name}' is not a container in infra/ (found: {string.Join(", ", containers)}).");
        }
        else if (constant.EndsWith("Table", StringComparison.Ordinal))
        {
            Assert.True(tables.Contains(name), $"StorageNames.{constant} = '{name}' is not a table in infra/ (found: {string.Join(", ", tables)}).");
        }
        else
        {
            Assert.Fail($"StorageNames.{constant} is neither a *Container nor a *Table; teach this test what it is.");
        }
    }

    [Fact]
    public void Deployment_package_has_its_own_container()
    {
        // Flex Consumption needs a container for the package besides the app's two.
        var containers = CompiledTemplate.OfType("Microsoft.Storage/storageAccounts/blobServices/containers");
        Assert.Contains(containers, container => container.Name.Contains("deploymentContainerName", StringComparison.Ordinal));
    }

    private static HashSet<string> Names(string type) =>
        CompiledTemplate.OfType(type).SelectMany(CompiledTemplate.ResolvedNames).ToHashSet(StringComparer.Ordinal);
}
