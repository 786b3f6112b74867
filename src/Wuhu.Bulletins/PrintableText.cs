using System.Globalization;
using System.Text;

namespace Wuhu.Bulletins;

/// <summary>
/// Text from uploads (blob names, titles, messages quoting them) is stored exactly, but printed through this:
/// control characters, bidirectional overrides, invisible separators and unpaired surrogates become visible
/// \u{XXXX} escapes, so that a name cannot move the cursor, clear a terminal, forge a log line or reverse the
/// text around it. Everything else, Chinese included, is printed as is. The CLI and the function logs use it;
/// web pages must use it too (and HTML-encode the result).
/// </summary>
public static class PrintableText
{
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text)) return text ?? "";
        if (!NeedsEscaping(text)) return text;
        var builder = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else if (IsUnsafe(c))
            {
                builder.Append("\\u{").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)).Append('}');
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static bool NeedsEscaping(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
            else if (IsUnsafe(c)) return true;
        }

        return false;
    }

    /// <summary>C0/C1 controls (tab and newline included: a name holds neither), bidi controls, invisible separators, lone surrogates.</summary>
    private static bool IsUnsafe(char c) =>
        c < ' ' || c is >= '\u007F' and <= '\u009F'
            or '\u061C' or >= '\u200B' and <= '\u200F' or >= '\u2028' and <= '\u202E' or >= '\u2060' and <= '\u2069' or '\uFEFF'
            || char.IsSurrogate(c);
}
