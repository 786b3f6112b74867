using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Configuration;

namespace Wuhu.Storage;

/// <summary>
/// Builds the blob and table clients from a connection setting, the way the Functions host reads the same
/// setting for the blob trigger: either a connection string (Azurite, "UseDevelopmentStorage=true"), or
/// identity-based "{name}__blobServiceUri" + "{name}__tableServiceUri" (+ "{name}__clientId" for a
/// user-assigned managed identity) with DefaultAzureCredential.
/// </summary>
public static class StorageConnectionFactory
{
    /// <summary>The Azurite default account on its default ports (what `wuhu ingest` uses unless told otherwise).</summary>
    public const string DevelopmentConnectionString = "UseDevelopmentStorage=true";

    public static StorageContext Create(IConfiguration configuration, string connectionName, WuhuOptions? options = null)
    {
        var settings = StorageConnectionSettings.Read(configuration, connectionName);
        return Create(settings, options);
    }

    public static StorageContext Create(StorageConnectionSettings settings, WuhuOptions? options = null)
    {
        settings.ThrowIfInvalid();
        if (settings.ConnectionString is { } connectionString)
        {
            return FromConnectionString(connectionString, options);
        }

        var credential = CreateCredential(settings);
        return new StorageContext(
            new BlobServiceClient(settings.BlobServiceUri, credential),
            new TableServiceClient(settings.TableServiceUri, credential),
            options);
    }

    public static StorageContext FromConnectionString(string connectionString, WuhuOptions? options = null)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new ArgumentException("The storage connection string is empty.", nameof(connectionString));
        }

        return new StorageContext(new BlobServiceClient(connectionString), new TableServiceClient(connectionString), options);
    }

    private static TokenCredential CreateCredential(StorageConnectionSettings settings) =>
        settings.ClientId is { Length: > 0 } clientId
            ? new DefaultAzureCredential(new DefaultAzureCredentialOptions { ManagedIdentityClientId = clientId })
            : new DefaultAzureCredential();
}
