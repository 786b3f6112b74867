using Microsoft.Extensions.Configuration;

namespace Wuhu.Storage;

/// <summary>What one connection setting says: a connection string, or service URIs for identity-based access.</summary>
public sealed record StorageConnectionSettings(
    string Name,
    string? ConnectionString,
    Uri? BlobServiceUri,
    Uri? TableServiceUri,
    string? ClientId)
{
    public static StorageConnectionSettings Read(IConfiguration configuration, string connectionName)
    {
        // The Functions host accepts the setting itself, or under ConnectionStrings:, as a connection string.
        var connectionString = configuration[connectionName] ?? configuration.GetConnectionString(connectionName);
        var section = configuration.GetSection(connectionName);
        return new StorageConnectionSettings(
            connectionName,
            string.IsNullOrWhiteSpace(connectionString) ? null : connectionString,
            ParseUri(section["blobServiceUri"]),
            ParseUri(section["tableServiceUri"]),
            section["clientId"]);
    }

    /// <summary>Null when usable; otherwise a message naming the setting to fix.</summary>
    public string? Problem =>
        ConnectionString is not null ? null
        : BlobServiceUri is null && TableServiceUri is null
            ? $"Storage connection '{Name}' is not configured: set '{Name}' to a connection string (locally 'UseDevelopmentStorage=true'), or set '{Name}__blobServiceUri' and '{Name}__tableServiceUri' for identity-based access."
        : BlobServiceUri is null ? $"Storage connection '{Name}' has '{Name}__tableServiceUri' but no '{Name}__blobServiceUri' (an absolute https URI)."
        : TableServiceUri is null ? $"Storage connection '{Name}' has '{Name}__blobServiceUri' but no '{Name}__tableServiceUri' (an absolute https URI, e.g. https://<account>.table.core.windows.net)."
        : null;

    public void ThrowIfInvalid()
    {
        if (Problem is { } problem)
        {
            throw new InvalidOperationException(problem);
        }
    }

    private static Uri? ParseUri(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) ? uri : null;
}
