using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Wuhu.Reliability.Tests.Corpus;

/// <summary>Damaged and hostile .docx/.xlsx files, built from valid ones at test time (nothing binary is committed).</summary>
internal static class OfficeFiles
{
    private const string ContentTypes =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
        "<Default Extension=\"xml\" ContentType=\"application/xml\"/>" +
        "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>";

    public static byte[] Truncated(byte[] file) => file[..(file.Length / 2)];

    /// <summary>Inverts the middle fifth of the file: entry data is damaged, the central directory at the end is intact.</summary>
    public static byte[] Corrupted(byte[] file)
    {
        var copy = (byte[])file.Clone();
        for (var i = copy.Length * 2 / 5; i < copy.Length * 3 / 5; i++)
        {
            copy[i] ^= 0xFF;
        }

        return copy;
    }

    /// <summary>A docx whose document.xml inflates from a few KB to 40 MiB (ratio ~1000:1).</summary>
    public static byte[] DocxBomb() => Zip(("[Content_Types].xml", Encoding.UTF8.GetBytes(ContentTypes)),
        ("word/document.xml", new byte[40 * 1024 * 1024]));

    /// <summary>An xlsx of 210 sheets of 1 MiB each: no single entry looks like a bomb, the total (210 MiB) does.</summary>
    public static byte[] XlsxManyEntriesBomb()
    {
        var sheet = new byte[1024 * 1024];
        var entries = new List<(string, byte[])> { ("[Content_Types].xml", Encoding.UTF8.GetBytes(ContentTypes)), ("xl/workbook.xml", "<workbook/>"u8.ToArray()) };
        entries.AddRange(Enumerable.Range(1, 210).Select(i => ($"xl/worksheets/sheet{i}.xml", sheet)));
        return Zip([.. entries]);
    }

    /// <summary>A zip that is not an Office document.</summary>
    public static byte[] PlainZip() => Zip(("readme.txt", Encoding.UTF8.GetBytes("2024年一季度重点工作任务进展情况")));

    /// <summary>A docx whose document.xml declares an entity-expansion DTD (billion laughs).</summary>
    public static byte[] DocxWithEntityExpansion()
    {
        var dtd = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY a0 \"lol\">");
        for (var i = 1; i <= 9; i++)
        {
            dtd.Append($"<!ENTITY a{i} \"{string.Concat(Enumerable.Repeat($"&a{i - 1};", 10))}\">");
        }

        dtd.Append("]><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>&a9;</w:t></w:r></w:p></w:body></w:document>");
        return ReplaceEntry(BulletinBytes.Docx(), "word/document.xml", Encoding.UTF8.GetBytes(dtd.ToString()));
    }

    /// <summary>A docx with paragraphs only (the bulletin pasted as text, no table).</summary>
    public static byte[] DocxWithoutTable()
    {
        const string xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>" +
                           "<w:p><w:r><w:t>2024年一季度重点工作任务进展情况</w:t></w:r></w:p><w:p><w:r><w:t>各项工作有序推进。</w:t></w:r></w:p></w:body></w:document>";
        return ReplaceEntry(BulletinBytes.Docx(), "word/document.xml", Encoding.UTF8.GetBytes(xml));
    }

    /// <summary>An xlsx whose only sheet is empty.</summary>
    public static byte[] XlsxEmptySheet()
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            sheetPart.Worksheet = new Worksheet(new SheetData());
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "Sheet1" }));
        }

        return stream.ToArray();
    }

    /// <summary>
    /// The valid xlsx, edited the way offices edit them: task numbers become formulas (=ROW()-3) with a cached
    /// value, and the title and dateline rows are merged across all five columns.
    /// </summary>
    public static byte[] XlsxWithFormulasAndMergedCells()
    {
        using var stream = new MemoryStream();
        stream.Write(BulletinBytes.Xlsx());
        using (var document = SpreadsheetDocument.Open(stream, true))
        {
            var sheet = document.WorkbookPart!.WorksheetParts.Single().Worksheet!;
            var data = sheet.GetFirstChild<SheetData>()!;
            foreach (var row in data.Elements<Row>().Where(r => r.RowIndex!.Value > 3))
            {
                var first = row.Elements<Cell>().First();
                if (int.TryParse(first.InnerText, out var number))
                {
                    var formula = new Cell
                    {
                        CellReference = first.CellReference,
                        CellFormula = new CellFormula($"ROW()-{row.RowIndex!.Value - (uint)number}"),
                        CellValue = new CellValue(number),
                    };
                    row.ReplaceChild(formula, first);
                }
            }

            sheet.InsertAfter(new MergeCells(new MergeCell { Reference = "A1:E1" }, new MergeCell { Reference = "A2:E2" }) { Count = 2 }, data);
            sheet.Save();
        }

        return stream.ToArray();
    }

    private static byte[] ReplaceEntry(byte[] zipFile, string entryName, byte[] content)
    {
        using var stream = new MemoryStream();
        stream.Write(zipFile);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry(entryName)!.Delete();
            using var entry = zip.CreateEntry(entryName).Open();
            entry.Write(content);
        }

        return stream.ToArray();
    }

    private static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var entry = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
                entry.Write(content);
            }
        }

        return stream.ToArray();
    }
}
