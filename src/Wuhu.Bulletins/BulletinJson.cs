using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Wuhu.Bulletins.Model;

namespace Wuhu.Bulletins;

/// <summary>The one JSON shape of a bulletin (camelCase, enums as camelCase strings, Chinese unescaped).</summary>
public static class BulletinJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        // Bulletins are Chinese text: keep it readable rather than \uXXXX-escaped.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new TaskStatusJsonConverter(), new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static string Serialize(Bulletin bulletin) => JsonSerializer.Serialize(bulletin, Options);

    public static Bulletin Deserialize(string json) =>
        JsonSerializer.Deserialize<Bulletin>(json, Options) ?? throw new JsonException("JSON holds no bulletin.");
}
