using System.Text.Json;
using System.Text.Json.Serialization;
using Wuhu.Bulletins.Model;
using TaskStatus = Wuhu.Bulletins.Model.TaskStatus;

namespace Wuhu.Bulletins;

/// <summary>
/// Writes a status as its camelCase name; reads those names and "unknown", which rows stored before the office's
/// vocabulary (parser 1.x) used for what is now <see cref="TaskStatus.Unclear"/>, so old versions still read.
/// </summary>
public sealed class TaskStatusJsonConverter : JsonConverter<TaskStatus>
{
    public override TaskStatus Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var name = reader.GetString();
        if (string.Equals(name, "unknown", StringComparison.OrdinalIgnoreCase)) return TaskStatus.Unclear;
        return Enum.TryParse<TaskStatus>(name, ignoreCase: true, out var status) && Enum.IsDefined(status)
            ? status
            : throw new JsonException($"\"{name}\" is not a task status.");
    }

    public override void Write(Utf8JsonWriter writer, TaskStatus value, JsonSerializerOptions options) =>
        writer.WriteStringValue(JsonNamingPolicy.CamelCase.ConvertName(value.ToString()));
}
