using Wuhu.Testing;

namespace Wuhu.Functions.Tests;

[CollectionDefinition(AzuriteFixture.Collection)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>;
