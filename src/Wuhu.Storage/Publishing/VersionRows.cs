using System.Text.Json;
using Azure.Data.Tables;
using Wuhu.Bulletins;
using Wuhu.Bulletins.Model;

namespace Wuhu.Storage.Publishing;

/// <summary>
/// The rows of one published version of a period, all in one partition "{periodKey}@{versionId}":
/// "meta" holds the bulletin without its tasks, "task-00000"… one row per task in bulletin order (numbers may
/// repeat, so the row key is the position). Each record is JSON (BulletinJson shape) cut into J00…J04
/// properties of ≤32,000 chars; a record longer than one row continues in rows "{key}~01", "{key}~02"…
/// so the 32K-per-property and 1 MiB-per-entity limits never lose text.
/// </summary>
public static class VersionRows
{
    public const string MetaKey = "meta";
    public const string TaskKeyPrefix = "task-";
    public const char PartSeparator = '~';
    /// <summary>
    /// 5 × 32,000 = 160,000 chars per row: under the 1 MiB entity limit however the size is counted (Azure
    /// counts 2 bytes per char; Azurite counts the JSON, where a CJK char takes 3 bytes, or 6 when escaped).
    /// </summary>
    public const int ChunksPerRow = 5;

    public const string RowCountProperty = "RowCount";
    public const string TaskCountProperty = "TaskCount";

    private static readonly JsonSerializerOptions CompactJson = new(BulletinJson.Options) { WriteIndented = false };

    public static string PartitionKey(string periodKey, string versionId) => $"{periodKey}@{versionId}";

    /// <summary>Partition-key range [low, high) holding every version of a period.</summary>
    public static (string Low, string High) PeriodRange(string periodKey) => ($"{periodKey}@", $"{periodKey}@~");

    public static IReadOnlyList<TableEntity> Build(Bulletin bulletin, string partitionKey)
    {
        var rows = new List<TableEntity>();
        var meta = Split(partitionKey, MetaKey, JsonSerializer.Serialize(bulletin with { Tasks = [] }, CompactJson));
        rows.AddRange(meta);
        for (var i = 0; i < bulletin.Tasks.Count; i++)
        {
            var task = bulletin.Tasks[i];
            var parts = Split(partitionKey, TaskKey(i), JsonSerializer.Serialize(task, CompactJson));
            // Plain columns for people browsing the table; the JSON stays the source of truth.
            parts[0]["Number"] = task.Number;
            parts[0]["Status"] = task.Status.ToString();
            rows.AddRange(parts);
        }

        meta[0][RowCountProperty] = rows.Count;
        meta[0][TaskCountProperty] = bulletin.Tasks.Count;
        return rows;
    }

    /// <summary>Rebuilds the bulletin; null when rows are missing (a version being deleted under the reader).</summary>
    public static Bulletin? TryAssemble(IReadOnlyList<TableEntity> partitionRows)
    {
        var records = partitionRows
            .GroupBy(row => LogicalKey(row.RowKey))
            .ToDictionary(g => g.Key, g => g.OrderBy(row => row.RowKey, StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
        if (!records.TryGetValue(MetaKey, out var metaRows)
            || metaRows[0].GetInt32(RowCountProperty) is not { } rowCount
            || metaRows[0].GetInt32(TaskCountProperty) is not { } taskCount
            || rowCount != partitionRows.Count)
        {
            return null;
        }

        var tasks = new List<BulletinTask>(taskCount);
        for (var i = 0; i < taskCount; i++)
        {
            if (!records.TryGetValue(TaskKey(i), out var taskRows))
            {
                return null;
            }

            tasks.Add(Deserialize<BulletinTask>(taskRows));
        }

        return Deserialize<Bulletin>(metaRows) with { Tasks = tasks };
    }

    private static string TaskKey(int index) => $"{TaskKeyPrefix}{index:D5}";

    private static string LogicalKey(string rowKey)
    {
        var separator = rowKey.IndexOf(PartSeparator);
        return separator < 0 ? rowKey : rowKey[..separator];
    }

    private static List<TableEntity> Split(string partitionKey, string key, string json)
    {
        var chunks = TextChunks.Split(json);
        var rows = new List<TableEntity>();
        for (var first = 0; first < chunks.Count; first += ChunksPerRow)
        {
            var part = first / ChunksPerRow;
            var row = new TableEntity(partitionKey, part == 0 ? key : $"{key}{PartSeparator}{part:D2}");
            for (var c = first; c < Math.Min(first + ChunksPerRow, chunks.Count); c++)
            {
                row[ChunkProperty(c - first)] = chunks[c];
            }

            rows.Add(row);
        }

        return rows;
    }

    private static T Deserialize<T>(List<TableEntity> parts)
    {
        var json = string.Concat(parts.SelectMany(row =>
            Enumerable.Range(0, ChunksPerRow).Select(c => row.GetString(ChunkProperty(c))).TakeWhile(s => s is not null)));
        return JsonSerializer.Deserialize<T>(json, CompactJson)
            ?? throw new JsonException($"Stored {typeof(T).Name} JSON in {parts[0].PartitionKey}/{parts[0].RowKey} is null.");
    }

    private static string ChunkProperty(int index) => $"J{index:D2}";
}
