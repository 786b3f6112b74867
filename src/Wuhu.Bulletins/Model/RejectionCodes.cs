namespace Wuhu.Bulletins.Model;

/// <summary>
/// Every reason code an upload can be rejected with (in <see cref="BulletinRejectedException.Code"/> and in the
/// ingestion record), and what it means. README's "Rejection codes" table lists the same codes; a test holds
/// the two, and every code thrown anywhere in the source, to this list.
/// </summary>
public static class RejectionCodes
{
    public static IReadOnlyDictionary<string, string> All { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["empty"] = "the file is 0 bytes or holds only whitespace",
        ["tooLarge"] = "the blob is larger than Wuhu:MaxUploadBytes (checked before download)",
        ["binary"] = "the bytes are not text in any supported encoding (NULs, control characters, undecodable sequences)",
        ["badEncoding"] = "a byte-order mark promises UTF-8 or UTF-16 but the bytes are not valid in it (e.g. an unpaired UTF-16 surrogate)",
        ["unsupportedFormat"] = "image, legacy .doc/.xls, archive or a zip that is not .docx/.xlsx",
        ["corruptFile"] = "a .docx/.xlsx/PDF that cannot be opened (truncated, damaged, bad XML, entity-expansion DTD)",
        ["zipBomb"] = "an Office file whose entries inflate past 200 MB or at more than 200:1",
        ["scannedPdf"] = "a PDF without a text layer: upload the original Word/Excel file or the web page instead",
        ["encryptedPdf"] = "a PDF that needs a password",
        ["tooManyPages"] = "a PDF of more than 500 pages",
        ["noTable"] = "no header row naming the task, lead-unit and progress columns",
        ["noTasks"] = "a header row but no task rows",
        ["tooManyTasks"] = "more task rows than Wuhu:MaxTasksPerBulletin (default 2000; real bulletins have 100–250)",
        ["noPeriod"] = "no year and quarter in the title, progress header, text or file name",
        ["parserError"] = "a failure no reader anticipated (a parser bug; tests hold the parser to never reaching it)",
    };
}
