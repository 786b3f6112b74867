using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Wuhu.Bulletins.Model;
using Wuhu.Bulletins.Structure;

namespace Wuhu.Bulletins.Input;

/// <summary>
/// Reads a .docx: the first table whose header row names the bulletin columns (and the tables continuing it after a
/// page break), and the paragraphs before it. Reads what Word shows: tracked deletions and moved-from text are not
/// content, insertions are; content controls and nested tables are read; gridSpan/vMerge are laid out on the grid.
/// </summary>
internal static class DocxTableReader
{
    public static SourceDocument Read(ReadOnlyMemory<byte> content, string sourceName) =>
        OfficePackage.Read(content, sourceName, ".docx", stream =>
        {
            using var document = WordprocessingDocument.Open(stream, false);
            var body = document.MainDocumentPart?.Document?.Body
                ?? throw new BulletinRejectedException("corruptFile", $"{sourceName} is a .docx without a document body.");
            return new Reader().ReadBody(body);
        });

    /// <summary>A nested table or cell deeper than this is read as nothing (a hostile file could nest thousands).</summary>
    private const int MaxDepth = 16;

    private sealed class Reader
    {
        private int hiddenRuns;

        public SourceDocument ReadBody(Body body)
        {
            var blocks = Blocks(body, 0).ToList();
            var tables = blocks.OfType<Table>().Select(t => (Table: t, Rows: ReadRows(t, 0))).ToList();
            var start = tables.FindIndex(t => TablePieces.FindHeader(t.Rows) is not null);
            if (start < 0)
            {
                // No table with a header: a bulletin typed as paragraphs reads like extracted text.
                var all = blocks.SelectMany(b => b is Paragraph p ? ParagraphLines(p) : tables.First(t => t.Table == b).Rows.SelectMany(r => r.SelectMany(c => c.Lines))).ToList();
                return new TextDocument(BulletinFormat.Docx, all) { Warnings = HiddenWarning() };
            }

            var bulletin = tables[start];
            var header = TablePieces.FindHeader(bulletin.Rows)!;
            var preamble = blocks.TakeWhile(b => b != bulletin.Table).OfType<Paragraph>().SelectMany(ParagraphLines).ToList();
            var rows = new List<IReadOnlyList<TableCell>>(bulletin.Rows);
            var warnings = new List<ParseWarning>();
            for (var i = 0; i < tables.Count; i++)
            {
                if (i == start) continue;
                var continues = i > start && TablePieces.Continues(tables[i].Rows, header);
                var misaligned = continues ? TablePieces.WhyNotRead(rows, header, tables[i].Rows) : null;
                if (continues && misaligned is null) rows.AddRange(tables[i].Rows);
                else if (TablePieces.HasText(tables[i].Rows)) warnings.Add(TablePieces.NotRead($"table {i + 1} of {tables.Count}", tables[i].Rows, misaligned));
            }

            warnings.AddRange(HiddenWarning());
            return new TabularDocument(BulletinFormat.Docx, preamble, rows) { Warnings = warnings };
        }

        private List<ParseWarning> HiddenWarning() => hiddenRuns == 0 ? [] :
            [new ParseWarning("hiddenContent", $"{hiddenRuns} run(s) of hidden text (w:vanish) were not read.")];

        /// <summary>Paragraphs and tables in reading order, through content controls and custom XML wrappers.</summary>
        private static IEnumerable<OpenXmlElement> Blocks(OpenXmlElement container, int depth)
        {
            if (depth > MaxDepth) yield break;
            foreach (var child in container.ChildElements)
            {
                if (child is Paragraph or Table) yield return child;
                else if (child is SdtBlock or SdtContentBlock or CustomXmlBlock)
                {
                    foreach (var block in Blocks(child, depth + 1)) yield return block;
                }
            }
        }

        private static IEnumerable<T> Through<T>(OpenXmlElement container, Func<OpenXmlElement, bool> wrapper, int depth)
            where T : OpenXmlElement
        {
            if (depth > MaxDepth) yield break;
            foreach (var child in container.ChildElements)
            {
                if (child is T item) yield return item;
                else if (wrapper(child))
                {
                    foreach (var inner in Through<T>(child, wrapper, depth + 1)) yield return inner;
                }
            }
        }

        private List<IReadOnlyList<TableCell>> ReadRows(Table table, int depth)
        {
            var rows = new List<IReadOnlyList<TableCell>>();
            IReadOnlyList<TableCell> above = [];
            foreach (var row in Through<TableRow>(table, e => e is SdtRow or SdtContentRow or CustomXmlRow, 0))
            {
                if (row.TableRowProperties?.GetFirstChild<Deleted>() is not null) continue; // a tracked deletion
                var cells = new List<TableCell>();
                var before = row.TableRowProperties?.GetFirstChild<GridBefore>()?.Val?.Value ?? 0;
                for (var i = 0; i < Math.Clamp(before, 0, 64); i++) cells.Add(TableCell.Empty);
                foreach (var cell in Through<DocumentFormat.OpenXml.Wordprocessing.TableCell>(row, e => e is SdtCell or SdtContentCell or CustomXmlCell, 0))
                {
                    var properties = cell.TableCellProperties;
                    var merge = properties?.VerticalMerge;
                    var continues = merge is not null && (merge.Val is null || merge.Val.Value == MergedCellValues.Continue);
                    cells.Add(continues && cells.Count < above.Count
                        ? above[cells.Count] with { MergedFromAbove = true }
                        : new TableCell(CellLines(cell, depth)));
                    var span = Math.Clamp(properties?.GridSpan?.Val?.Value ?? 1, 1, 64);
                    for (var i = 1; i < span; i++) cells.Add(TableCell.Empty);
                }

                rows.Add(cells);
                above = cells;
            }

            return rows;
        }

        /// <summary>A cell's paragraphs, with a nested table's cells read row by row as further lines.</summary>
        private List<string> CellLines(OpenXmlElement cell, int depth)
        {
            var lines = new List<string>();
            foreach (var block in Blocks(cell, depth))
            {
                if (block is Paragraph paragraph) lines.AddRange(ParagraphLines(paragraph));
                else if (block is Table nested && depth < MaxDepth) lines.AddRange(ReadRows(nested, depth + 1).SelectMany(r => r.SelectMany(c => c.Lines)));
            }

            return lines.Count == 0 ? [""] : lines;
        }

        private List<string> ParagraphLines(Paragraph paragraph)
        {
            var text = new StringBuilder();
            AppendText(paragraph, text, 0);
            return [.. text.ToString().Split('\n')];
        }

        private void AppendText(OpenXmlElement element, StringBuilder text, int depth)
        {
            if (depth > MaxDepth * 4) return;
            foreach (var node in element.ChildElements)
            {
                switch (node)
                {
                    case DeletedRun or MoveFromRun: break; // tracked deletions and the old place of moved text
                    case AlternateContentFallback: break; // the same content again, for older readers
                    case Run run when run.RunProperties?.Vanish is { } vanish && (vanish.Val is null || vanish.Val.Value):
                        hiddenRuns++;
                        break;
                    case Text t: text.Append(t.Text); break;
                    case Break or CarriageReturn: text.Append('\n'); break;
                    case TabChar: text.Append(' '); break;
                    default: AppendText(node, text, depth + 1); break;
                }
            }
        }
    }
}
