using Wuhu.Bulletins.Input;
using Wuhu.Bulletins.Model;
using Wuhu.Bulletins.Normalization;
using Wuhu.Bulletins.Structure;

namespace Wuhu.Bulletins;

/// <summary>Entry point: turns the bytes of an uploaded bulletin into a normalized <see cref="Bulletin"/>.</summary>
public static class BulletinParser
{
    /// <summary>Recorded with every ingestion so that re-parsing after a parser change can be told apart.</summary>
    public const string Version = "2.0.0";

    /// <summary>Parses a bulletin. Throws <see cref="BulletinRejectedException"/> when it can never be parsed.</summary>
    /// <param name="content">The file's bytes; the format is detected from them, not from the name.</param>
    /// <param name="sourceName">The file or blob name (used as a last resort for the period, and in messages).</param>
    public static Bulletin Parse(ReadOnlyMemory<byte> content, string sourceName) => Parse(content, sourceName, BulletinParseOptions.Default);

    /// <inheritdoc cref="Parse(ReadOnlyMemory{byte}, string)"/>
    /// <param name="options">Limits (the task cap).</param>
    public static Bulletin Parse(ReadOnlyMemory<byte> content, string sourceName, BulletinParseOptions options)
    {
        try
        {
            return ParseChecked(content, sourceName, options);
        }
        catch (Exception failure) when (failure is not (BulletinRejectedException or OperationCanceledException or OutOfMemoryException))
        {
            // Every reader is meant to turn bad input into a specific code; this net keeps a missed case a coded
            // rejection (tests hold the parser to never reaching it on their inputs).
            throw new BulletinRejectedException(ParserFaultCode, $"{sourceName}: the parser failed on this file ({failure.GetType().Name}: {failure.Message}).");
        }
    }

    /// <summary>The code of a failure no reader anticipated (a parser bug, never expected on any input).</summary>
    public const string ParserFaultCode = "parserError";

    private static Bulletin ParseChecked(ReadOnlyMemory<byte> content, string sourceName, BulletinParseOptions options)
    {
        var document = ContentSniffer.Read(content, sourceName);
        var layout = document switch
        {
            TextDocument text => TextLayouts.Read(text, sourceName),
            TabularDocument table => TabularLayoutReader.Read(table, sourceName),
            _ => throw new InvalidOperationException($"unexpected document kind {document.GetType().Name}"),
        };

        if (layout.Rows.Count == 0)
        {
            throw new BulletinRejectedException("noTasks", $"{sourceName}: the table has a header row but no task rows.");
        }

        if (layout.Rows.Count > options.MaxTasks)
        {
            throw new BulletinRejectedException(
                "tooManyTasks",
                $"{sourceName} has {layout.Rows.Count:N0} task rows; the limit (Wuhu:MaxTasksPerBulletin) is {options.MaxTasks:N0}. Real bulletins have 100–250.");
        }

        var preamble = Preamble.Read(layout.Preamble);
        var body = layout.Rows.SelectMany(r => r.ProgressLines);
        var (period, periodSource) = PeriodDetector.Detect(preamble.Title, layout.Header.ProgressHeader, body, sourceName);

        var warnings = new List<ParseWarning>(document.Warnings.Concat(layout.Warnings));
        var numbered = layout.Header.Has(ColumnKind.Number);
        var unitNames = new UnitNames(UnitDirectory.Default);
        var tasks = TaskAssembler.Assemble(layout.Rows, numbered, period, unitNames, warnings);
        MergedTaskCheck.Run(layout.Rows, tasks, warnings);
        unitNames.ReportUnknown(warnings);
        if (!numbered)
        {
            warnings.Insert(0, new ParseWarning("numbersAssigned", "the table has no 序号 column; tasks were numbered 1… in table order."));
        }

        if (PeriodDetector.CompareTitleAndHeader(preamble.Title, layout.Header.ProgressHeader, period, periodSource) is { } mismatch)
        {
            warnings.Add(mismatch);
        }

        return new Bulletin
        {
            Source = sourceName,
            Format = document.Format,
            Layout = layout.Layout,
            Title = preamble.Title,
            Year = period.Year,
            Quarter = period.Quarter,
            FullYear = period.FullYear,
            PublishedOn = preamble.PublishedOn,
            Publisher = preamble.Publisher,
            ProgressHeader = layout.Header.ProgressHeader,
            PeriodSource = periodSource,
            Tasks = tasks,
            Warnings = WarningFolder.Fold(warnings),
        };
    }

    public static Bulletin ParseFile(string path) => Parse(File.ReadAllBytes(path), Path.GetFileName(path));
}
