using Wuhu.Storage.Ingestion;

namespace Wuhu.Web.Api;

/// <summary>An ingestion record as the 上传 and 上传记录 pages show it, with its meaning in Chinese.</summary>
public sealed record IngestionView(
    string BlobName,
    long Size,
    string Outcome,
    string OutcomeLabel,
    string? Period,
    string? PeriodLabel,
    int TaskCount,
    int WarningCount,
    string? ReasonCode,
    string Headline,
    string Reason,
    string WhatToDo,
    string? Detail,
    string? UploadedBy,
    DateTimeOffset IngestedAt)
{
    public static IngestionView Of(IngestionRecord record)
    {
        var text = OutcomeTexts.Explain(record);
        return new IngestionView(
            record.BlobName,
            record.Size,
            record.Outcome.ToString(),
            OutcomeTexts.OutcomeLabel(record.Outcome),
            record.PeriodKey,
            record.PeriodKey is null ? null : PeriodLabels.OfKey(record.PeriodKey, record.FullYear),
            record.TaskCount,
            record.WarningCount,
            record.ReasonCode,
            text.Headline,
            text.Reason,
            text.WhatToDo,
            record.Message,
            record.UploadedBy,
            record.IngestedAt);
    }
}
