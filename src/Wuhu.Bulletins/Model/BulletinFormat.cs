namespace Wuhu.Bulletins.Model;

/// <summary>The container format a bulletin was detected as (by content, not by file name).</summary>
public enum BulletinFormat
{
    Text,
    Html,
    Docx,
    Xlsx,
    /// <summary>A PDF with a text layer; the table is rebuilt from where the words stand.</summary>
    Pdf,
}
