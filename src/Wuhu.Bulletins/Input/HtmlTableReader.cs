using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Wuhu.Bulletins.Model;
using Wuhu.Bulletins.Structure;

namespace Wuhu.Bulletins.Input;

/// <summary>
/// Reads an HTML page: the table whose header row names the bulletin columns (and the tables continuing it after a
/// page break), plus the text before it. Parsed offline with AngleSharp's plain parser: nothing the page references
/// is ever fetched or run. Hidden elements are not content; rowspan/colspan are laid out on the table's grid.
/// </summary>
internal static partial class HtmlTableReader
{
    [GeneratedRegex(@"^\s*(<!DOCTYPE\s+html|<html|<head|<body|<meta|<table)|<table[\s>][\s\S]*</t[dh]>", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlSignature();

    // Every alternative needs a '<': plain text (the common upload) skips the regex, which is slow on long text.
    public static bool LooksLikeHtml(string text) => text.Contains('<') && HtmlSignature().IsMatch(text);

    private sealed record ReadTable(IHtmlTableElement Element, List<IReadOnlyList<TableCell>> Rows, int HiddenRows);

    public static SourceDocument Read(string html)
    {
        var document = new HtmlParser(new HtmlParserOptions { IsScripting = false }).ParseDocument(html);
        var body = (INode?)document.Body ?? document.DocumentElement;
        var title = document.Title;

        var tables = document.QuerySelectorAll("table").OfType<IHtmlTableElement>().Where(t => !BlockText.IsHiddenOrInHidden(t)).Select(ReadRows).ToList();
        var start = tables.FindIndex(t => TablePieces.FindHeader(t.Rows) is not null);
        if (start < 0)
        {
            // No real table: pages that lay the bulletin out as paragraphs read like extracted text.
            var lines = new List<string>();
            if (!string.IsNullOrWhiteSpace(title)) lines.Add(title);
            lines.AddRange(BlockText.Lines(body));
            return new TextDocument(BulletinFormat.Html, lines);
        }

        var bulletin = tables[start];
        var header = TablePieces.FindHeader(bulletin.Rows)!;
        var rows = new List<IReadOnlyList<TableCell>>(bulletin.Rows);
        var used = new List<ReadTable> { bulletin };
        var warnings = new List<ParseWarning>();
        for (var i = 0; i < tables.Count; i++)
        {
            var table = tables[i];
            if (i == start || table.Element.Contains(bulletin.Element) || used.Any(u => u.Element.Contains(table.Element))) continue;
            var continues = i > start && TablePieces.Continues(table.Rows, header);
            var misaligned = continues ? TablePieces.WhyNotRead(rows, header, table.Rows) : null;
            if (continues && misaligned is null)
            {
                rows.AddRange(table.Rows);
                used.Add(table);
            }
            else if (TablePieces.HasText(table.Rows) && OutermostUnread(table.Element, bulletin.Element))
            {
                warnings.Add(TablePieces.NotRead($"table {i + 1} of {tables.Count}", table.Rows, misaligned));
            }
        }

        var hidden = used.Sum(t => t.HiddenRows);
        if (hidden > 0)
        {
            warnings.Add(new ParseWarning("hiddenContent", $"{hidden} hidden row(s) of the table (hidden / display:none) were not read."));
        }

        var preamble = new List<string>();
        if (!string.IsNullOrWhiteSpace(title)) preamble.Add(title);
        preamble.AddRange(BlockText.Lines(body, stopAt: bulletin.Element));
        return new TabularDocument(BulletinFormat.Html, preamble, rows) { Warnings = warnings };
    }

    /// <summary>A table nested in another unread table is named through that one; layout tables holding the bulletin are not named.</summary>
    private static bool OutermostUnread(IElement table, IElement bulletin)
    {
        var parent = table.ParentElement?.Closest("table");
        return parent is null || parent.Contains(bulletin);
    }

    private static ReadTable ReadRows(IHtmlTableElement table)
    {
        var hidden = 0;
        var rows = new List<IReadOnlyList<SpannedCell>>();
        foreach (var row in table.Rows.Where(row => ReferenceEquals(row.Closest("table"), table)))
        {
            if (BlockText.IsHidden(row) || (row.ParentElement is { } section && !ReferenceEquals(section, table) && BlockText.IsHidden(section)))
            {
                hidden++;
                continue;
            }

            rows.Add(row.Cells.Where(cell => !BlockText.IsHidden(cell))
                .Select(cell => new SpannedCell(new TableCell(BlockText.Lines(cell)), Span(cell, "colspan"), Span(cell, "rowspan")))
                .ToList());
        }

        return new ReadTable(table, CellGrid.Expand(rows), hidden);
    }

    /// <summary>rowspan="0" spans the rest of the table; bad values count as 1.</summary>
    private static int Span(IElement cell, string attribute) =>
        int.TryParse(cell.GetAttribute(attribute)?.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var span)
            ? span == 0 && attribute == "rowspan" ? int.MaxValue : Math.Max(span, 1)
            : 1;
}
