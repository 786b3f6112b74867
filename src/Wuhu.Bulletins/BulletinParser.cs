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
    public static Bulletin Parse(ReadOnlyMemory<byte> content, string sourceName)
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

        var preamble = Preamble.Read(layout.Preamble);
        var body = layout.Rows.SelectMany(r => r.ProgressLines);
        var (period, periodSource) = PeriodDetector.Detect(preamble.Title, layout.Header.ProgressHeader, body, sourceName);

        var warnings = new List<ParseWarning>(layout.Warnings);
        var numbered = layout.Header.Has(ColumnKind.Number);
        var assembled = TaskAssembler.Assemble(layout.Rows, numbered, period, warnings);
        MergedTaskCheck.Run(layout.Rows, assembled, warnings);
        var tasks = UnitNames.Canonicalize(assembled, UnitDirectory.Default, warnings);
        if (!numbered)
        {
            warnings.Insert(0, new ParseWarning("numbersAssigned", "the table has no 序号 column; tasks were numbered 1… in table order."));
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
            Warnings = warnings,
        };
    }

    public static Bulletin ParseFile(string path) => Parse(File.ReadAllBytes(path), Path.GetFileName(path));
}
