namespace Wuhu.Bulletins.Model;

/// <summary>The container format a bulletin was detected as (by content, not by file name).</summary>
public enum BulletinFormat
{
    Text,
    Html,
    Docx,
    Xlsx,
}
