using Wuhu.Testing;

namespace Wuhu.Reliability.Tests;

/// <summary>The shared Azurite of the corpus, concurrency and HTTP tests (each test gets its own containers and tables).</summary>
[CollectionDefinition(AzuriteFixture.Collection)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>;
