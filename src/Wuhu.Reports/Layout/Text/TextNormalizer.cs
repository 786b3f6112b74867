using System.Text;

namespace Wuhu.Reports.Layout;

/// <summary>
/// Rewrites characters the shipped font deliberately leaves out of its cmap (they share a glyph with
/// another code point, which would make PDF text extraction ambiguous) to the code point that keeps it.
/// </summary>
public static class TextNormalizer
{
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!NeedsWork(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            switch (c)
            {
                case '\r' or '\u00AD' or '\u200B' or '\uFEFF':
                    break;
                case '\u00A0' or '\t' or '\u2002' or '\u2003' or '\u2009':
                    builder.Append(' ');
                    break;
                case '\u2011':
                    builder.Append('-');
                    break;
                case '\u2012':
                    builder.Append('–');
                    break;
                case '\u22EF':
                    builder.Append('…');
                    break;
                case '\u301C':
                    builder.Append('～');
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        return builder.ToString();
    }

    private static bool NeedsWork(string text)
    {
        foreach (var c in text)
        {
            if (c is '\r' or '\u00AD' or '\u200B' or '\uFEFF' or '\u00A0' or '\t' or '\u2002' or '\u2003' or '\u2009'
                or '\u2011' or '\u2012' or '\u22EF' or '\u301C')
            {
                return true;
            }
        }

        return false;
    }
}
