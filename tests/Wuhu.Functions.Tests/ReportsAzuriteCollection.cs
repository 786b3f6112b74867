using Wuhu.Testing;

namespace Wuhu.Functions.Tests;

/// <summary>The report function tests share one Azurite (each test still gets its own containers and tables).</summary>
[CollectionDefinition(Name)]
public sealed class ReportsAzuriteCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Reports Azurite";
}
