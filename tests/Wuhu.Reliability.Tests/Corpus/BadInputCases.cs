using System.Text;

namespace Wuhu.Reliability.Tests.Corpus;

/// <summary>
/// One hostile or broken upload and what ingestion must make of it: Rejected with <see cref="Reason"/>, or
/// Accepted (with <see cref="Warning"/> among the bulletin's warnings when given) for the period <see cref="PeriodKey"/>.
/// </summary>
internal sealed record BadInput(string Id, string BlobName, Func<byte[]> Content, string? Reason)
{
    public bool Accepted => Reason is null;
    public string? PeriodKey { get; init; }
    public int? Tasks { get; init; }
    public string? Warning { get; init; }
    /// <summary>Wuhu:MaxUploadBytes for this case (null: the default, 20 MiB).</summary>
    public long? MaxUploadBytes { get; init; }
}

/// <summary>The corpus: every input is generated here, from seeds and valid bulletins, at test time.</summary>
internal static class BadInputCases
{
    static BadInputCases() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static readonly string[] NoPeriodHeader = ["序号", "工作任务", "牵头责任单位", "进展情况", "备注"];

    public static IReadOnlyList<BadInput> All { get; } =
    [
        // Nothing there.
        new("empty", "empty.txt", () => [], "empty"),
        new("whitespace", "blank.txt", () => Encoding.UTF8.GetBytes(" \t\r\n\u3000\u00A0\n  \n"), "empty"),
        new("whitespace-utf16", "blank16.txt", () => Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("  \r\n\t ")).ToArray(), "empty"),

        // Not text at all.
        new("noise-with-nul", "noise.bin", () => BulletinBytes.Noise(64 * 1024, seed: 7, allowNul: true), "binary"),
        new("noise-no-nul", "noise.txt", () => BulletinBytes.Noise(64 * 1024, seed: 11, allowNul: false), "binary"),
        new("png-renamed-txt", "bulletin.txt", () => [0x89, .. "PNG\r\n\x1a\n"u8, 0, 0, 0, 13, .. "IHDR"u8, .. BulletinBytes.Noise(512, 3, true)], "unsupportedFormat"),
        new("pdf-garbage-renamed-docx", "bulletin.docx", () => [.. "%PDF-1.7\n"u8, .. BulletinBytes.Noise(512, 5, true)], "corruptFile"),
        new("legacy-doc", "bulletin.doc", () => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. BulletinBytes.Noise(1024, 9, true)], "unsupportedFormat"),
        new("gzip", "bulletin.txt.gz", () => [0x1F, 0x8B, 0x08, 0, .. BulletinBytes.Noise(256, 13, true)], "unsupportedFormat"),
        new("plain-zip", "bulletin.zip", OfficeFiles.PlainZip, "unsupportedFormat"),

        // Damaged Office files.
        new("docx-truncated", "bulletin.docx", () => OfficeFiles.Truncated(BulletinBytes.Docx()), "corruptFile"),
        new("docx-corrupted", "bulletin.docx", () => OfficeFiles.Corrupted(BulletinBytes.Docx()), "corruptFile"),
        new("xlsx-truncated", "bulletin.xlsx", () => OfficeFiles.Truncated(BulletinBytes.Xlsx()), "corruptFile"),
        new("xlsx-corrupted", "bulletin.xlsx", () => OfficeFiles.Corrupted(BulletinBytes.Xlsx()), "corruptFile"),
        new("docx-entity-expansion", "laughs.docx", OfficeFiles.DocxWithEntityExpansion, "corruptFile"),
        new("docx-no-table", "pasted.docx", OfficeFiles.DocxWithoutTable, "noTable"),
        new("xlsx-empty-sheet", "empty.xlsx", OfficeFiles.XlsxEmptySheet, "noTable"),

        // Zip bombs.
        new("docx-zip-bomb", "bomb.docx", OfficeFiles.DocxBomb, "zipBomb"),
        new("xlsx-many-entries-bomb", "bomb.xlsx", OfficeFiles.XlsxManyEntriesBomb, "zipBomb"),

        // Office files that are fine, if unusual.
        new("xlsx-formulas-merged-cells", "formulas.xlsx", OfficeFiles.XlsxWithFormulasAndMergedCells, null)
            { PeriodKey = BulletinBytes.PeriodKey, Tasks = BulletinBytes.Tasks },

        // HTML.
        new("html-no-table", "page.html", () => HtmlPages.Utf8(HtmlPages.Page("2024年一季度重点工作任务进展情况", "<p>各项工作有序推进。</p><ul><li>一</li></ul>")), "noTable"),
        new("html-table-without-header", "other-table.html", () => HtmlPages.Utf8(HtmlPages.Page("2024年一季度", HtmlPages.Table(["名称", "电话"], ["办公室", "0553-1234567"]))), "noTable"),
        new("html-with-scripts", "scripts.html", HtmlPages.WithScripts, null) { PeriodKey = BulletinBytes.PeriodKey, Tasks = 3 },
        new("gb18030-labelled-utf8", "gbk.html", () => Encoding.GetEncoding("GB18030").GetBytes(Encoding.UTF8.GetString(BulletinBytes.Html())), null)
            { PeriodKey = BulletinBytes.PeriodKey, Tasks = BulletinBytes.Tasks },
        new("utf8-bom-then-gb18030", "bom-gbk.txt", () => [0xEF, 0xBB, 0xBF, .. Encoding.GetEncoding("GB18030").GetBytes(TextBulletin())], "badEncoding"),
        new("nested-html-3000", "deep.html", () => HtmlPages.Utf8(HtmlPages.Page("2024年一季度", string.Concat(Enumerable.Repeat("<div>", 3_000)) + "正文")), "noTable"),

        // Table problems.
        new("header-only", "header-only.html", () => HtmlPages.Bulletin("2024年一季度重点工作任务进展情况"), "noTasks"),
        new("no-numbers", "no-numbers.html", () => HtmlPages.Utf8(HtmlPages.Page("2024年一季度重点工作任务进展情况",
                HtmlPages.Table(HtmlPages.Header[1..], HtmlPages.Row("", 1)[1..], HtmlPages.Row("", 2)[1..]))), null)
            { PeriodKey = BulletinBytes.PeriodKey, Tasks = 2, Warning = "numbersAssigned" },
        new("blank-numbers", "blank-numbers.html", () => HtmlPages.Bulletin("2024年一季度重点工作任务进展情况", HtmlPages.Row("1", 1), HtmlPages.Row("", 2), HtmlPages.Row("3", 3)), null)
            { PeriodKey = BulletinBytes.PeriodKey, Tasks = 3, Warning = "badNumber" },
        new("gap-in-numbers", "gap.html", () => HtmlPages.Bulletin("2024年一季度重点工作任务进展情况", HtmlPages.Row("1", 1), HtmlPages.Row("2", 2), HtmlPages.Row("4", 4)), null)
            { PeriodKey = BulletinBytes.PeriodKey, Tasks = 3, Warning = "missingNumber" },
        new("duplicate-numbers", "duplicates.html", () => HtmlPages.Bulletin("2024年一季度重点工作任务进展情况", HtmlPages.Row("1", 1), HtmlPages.Row("2", 2), HtmlPages.Row("2", 3)), null)
            { PeriodKey = BulletinBytes.PeriodKey, Tasks = 3, Warning = "duplicateNumber" },
        new("no-period", "bulletin.html", () => HtmlPages.Utf8(HtmlPages.Page("重点工作任务进展情况", HtmlPages.Table(NoPeriodHeader, HtmlPages.Row("1", 1)))), "noPeriod"),
        new("one-long-line", "line.txt", () => Encoding.UTF8.GetBytes(new string('中', 1_000_000)), "noTable"),

        // Size limit (Wuhu:MaxUploadBytes): checked on the blob's length before anything is downloaded.
        new("50-mb-over-default-limit", "huge.txt", () => Encoding.UTF8.GetBytes(new string('a', 50 * 1024 * 1024)), "tooLarge"),
        new("one-byte-over-configured-limit", "limit.txt", () => Pad(BulletinBytes.Text(), 64 * 1024 + 1), "tooLarge") { MaxUploadBytes = 64 * 1024 },
        new("exactly-the-configured-limit", "limit.txt", () => Pad(BulletinBytes.Text(), 64 * 1024), null)
            { MaxUploadBytes = 64 * 1024, PeriodKey = BulletinBytes.PeriodKey, Tasks = BulletinBytes.Tasks },

        // Blob names: path characters, Unicode, length. The content is a valid bulletin unless it says otherwise.
        // ("." and ".." segments cannot name a blob in the container at all: BlobNameContainmentTests.)
        new("name-folders", "a/b/c.txt", () => BulletinBytes.Text(), null) { PeriodKey = BulletinBytes.PeriodKey, Tasks = BulletinBytes.Tasks },
        new("name-chinese-spaces", "报告 2024 一季度.txt", () => BulletinBytes.Text(), null) { PeriodKey = BulletinBytes.PeriodKey, Tasks = BulletinBytes.Tasks },
        new("name-gives-the-period", "报告 2024 一季度.html", () => HtmlPages.Utf8(HtmlPages.Page("重点工作任务进展情况", HtmlPages.Table(NoPeriodHeader, HtmlPages.Row("1", 1)))), null)
            { PeriodKey = BulletinBytes.PeriodKey, Tasks = 1 },
        new("name-url-characters", "a#b?c=d&e%20f+g'h;i.txt", () => BulletinBytes.Text(), null) { PeriodKey = BulletinBytes.PeriodKey, Tasks = BulletinBytes.Tasks },
        new("name-backslashes", "..\\..\\windows\\x.txt", () => BulletinBytes.Text(), null) { PeriodKey = BulletinBytes.PeriodKey, Tasks = BulletinBytes.Tasks },
        new("name-very-long", new string('长', 1000) + ".txt", () => BulletinBytes.Text(), null) { PeriodKey = BulletinBytes.PeriodKey, Tasks = BulletinBytes.Tasks },
        new("name-emoji-and-rtl", "📄 تقرير 报告.txt", () => [], "empty"),
    ];

    private static string TextBulletin() => Encoding.UTF8.GetString(BulletinBytes.Text());

    /// <summary>Pads a text bulletin with trailing spaces to exactly <paramref name="length"/> bytes.</summary>
    private static byte[] Pad(byte[] text, int length) => [.. text, .. Enumerable.Repeat((byte)' ', length - text.Length)];
}
