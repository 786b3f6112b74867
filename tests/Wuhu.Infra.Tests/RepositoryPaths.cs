using System.Reflection;

namespace Wuhu.Infra.Tests;

/// <summary>Paths the csproj stamps into this assembly, so the tests work from any artifacts path.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = ReadMetadata("RepositoryRoot");

    public static string Infra => Path.Combine(Root, "infra");

    public static string MainBicep => Path.Combine(Infra, "main.bicep");

    /// <summary>The restored Azure.Bicep.CommandLine.linux-x64 package folder (holds tools/bicep).</summary>
    public static string BicepPackage { get; } = ReadMetadata("BicepPackagePath");

    private static string ReadMetadata(string key)
    {
        var value = typeof(RepositoryPaths).Assembly
            .GetCustomAttributes<AssemblyMetadataAttribute>()
            .SingleOrDefault(attribute => attribute.Key == key)?.Value;
        if (string.IsNullOrWhiteSpace(value) || !Directory.Exists(value))
        {
            throw new InvalidOperationException(
                $"Assembly metadata '{key}' is '{value}', not an existing folder. It is set in Wuhu.Infra.Tests.csproj; " +
                "for BicepPackagePath the package Azure.Bicep.CommandLine.linux-x64 must be restored (dotnet restore).");
        }

        return value;
    }
}
