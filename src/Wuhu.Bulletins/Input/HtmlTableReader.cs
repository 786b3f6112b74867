using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Wuhu.Bulletins.Model;
using Wuhu.Bulletins.Structure;

namespace Wuhu.Bulletins.Input;

/// <summary>
/// Reads an HTML page: the table whose header row names the bulletin columns, plus the text before it.
/// Parsed offline with AngleSharp's plain parser: nothing the page references is ever fetched or run.
/// </summary>
internal static partial class HtmlTableReader
{
    [GeneratedRegex(@"^\s*(<!DOCTYPE\s+html|<html|<head|<body|<meta|<table)|<table[\s>][\s\S]*</t[dh]>", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlSignature();

    // Every alternative needs a '<': plain text (the common upload) skips the regex, which is slow on long text.
    public static bool LooksLikeHtml(string text) => text.Contains('<') && HtmlSignature().IsMatch(text);

    public static SourceDocument Read(string html)
    {
        var document = new HtmlParser(new HtmlParserOptions { IsScripting = false }).ParseDocument(html);
        var body = (AngleSharp.Dom.INode?)document.Body ?? document.DocumentElement;
        var title = document.Title;

        foreach (var table in document.QuerySelectorAll("table").OfType<IHtmlTableElement>())
        {
            var rows = table.Rows
                .Where(row => ReferenceEquals(row.Closest("table"), table))
                .Select(row => (IReadOnlyList<TableCell>)row.Cells.Select(cell => new TableCell(BlockText.Lines(cell))).ToList())
                .ToList();
            if (rows.Any(row => HeaderRow.TryMatch(row.Select(c => c.Joined).ToList()) is not null))
            {
                var preamble = new List<string>();
                if (!string.IsNullOrWhiteSpace(title)) preamble.Add(title);
                preamble.AddRange(BlockText.Lines(body, stopAt: table));
                return new TabularDocument(BulletinFormat.Html, preamble, rows);
            }
        }

        // No real table: pages that lay the bulletin out as paragraphs read like extracted text.
        var lines = new List<string>();
        if (!string.IsNullOrWhiteSpace(title)) lines.Add(title);
        lines.AddRange(BlockText.Lines(body));
        return new TextDocument(BulletinFormat.Html, lines);
    }
}
