using System.Collections.Frozen;
using System.Net;
using Microsoft.AspNetCore.Http;

namespace Wuhu.Web;

/// <summary>The page, script and style sheet, embedded in this assembly (wwwroot/) and served from memory.</summary>
public static class StaticAssets
{
    private static readonly FrozenDictionary<string, (byte[] Content, string Type)> Files = Load();

    public static IReadOnlyCollection<string> Names => Files.Keys;

    /// <summary>The file, or null when there is no such asset (names are matched exactly: no paths).</summary>
    public static IResult? Serve(string file) =>
        Files.TryGetValue(file, out var asset) ? new AssetResult(asset.Content, asset.Type) : null;

    /// <summary>A small standalone page for "not signed in / no role" answers.</summary>
    public static string Notice(string title, string message) =>
        $"<!doctype html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>{WebUtility.HtmlEncode(title)}</title>" +
        "<link rel=\"stylesheet\" href=\"/app/app.css\"></head><body><main class=\"notice\">" +
        $"<h1>{WebUtility.HtmlEncode(title)}</h1><p>{WebUtility.HtmlEncode(message)}</p></main></body></html>";

    private static FrozenDictionary<string, (byte[], string)> Load()
    {
        var assembly = typeof(StaticAssets).Assembly;
        var files = new Dictionary<string, (byte[], string)>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith("wwwroot/", StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            var name = resource["wwwroot/".Length..];
            files[name] = (copy.ToArray(), Path.GetExtension(name) switch
            {
                ".html" => "text/html; charset=utf-8",
                ".js" => "text/javascript; charset=utf-8",
                ".css" => "text/css; charset=utf-8",
                ".svg" => "image/svg+xml",
                _ => "application/octet-stream",
            });
        }

        return files.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Written with headers that keep the page self-contained: nothing may load from another origin.</summary>
    private sealed class AssetResult(byte[] content, string type) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            var response = httpContext.Response;
            response.ContentType = type;
            response.ContentLength = content.Length;
            response.Headers.CacheControl = "no-cache";
            response.Headers["X-Content-Type-Options"] = "nosniff";
            response.Headers["Content-Security-Policy"] =
                "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'; form-action 'self'";
            await response.Body.WriteAsync(content, httpContext.RequestAborted);
        }
    }
}
