using System.Buffers;
using System.Text;
using System.Text.Unicode;
using Wuhu.Bulletins.Model;

namespace Wuhu.Bulletins.Input;

/// <summary>Decodes text uploads: UTF-8 (BOM or not), UTF-16 (BOM or not), else GB18030 (a superset of GBK/GB2312).</summary>
internal static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding Gb18030 => Encoding.GetEncoding("GB18030");

    public static string Decode(ReadOnlySpan<byte> bytes, string sourceName)
    {
        if (bytes.StartsWith([(byte)0xEF, (byte)0xBB, (byte)0xBF]))
        {
            return DecodeStrict(StrictUtf8, bytes[3..], sourceName, "UTF-8");
        }

        if (bytes.StartsWith([(byte)0xFF, (byte)0xFE]))
        {
            return DecodeStrict(new UnicodeEncoding(false, false, true), bytes[2..], sourceName, "UTF-16LE");
        }

        if (bytes.StartsWith([(byte)0xFE, (byte)0xFF]))
        {
            return DecodeStrict(new UnicodeEncoding(true, false, true), bytes[2..], sourceName, "UTF-16BE");
        }

        if (GuessUtf16WithoutBom(bytes) is { } utf16)
        {
            return utf16.GetString(bytes);
        }

        if (bytes.Contains((byte)0))
        {
            throw new BulletinRejectedException("binary", $"{sourceName} contains NUL bytes: it is a binary file, not text, HTML, .docx or .xlsx.");
        }

        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            // Not UTF-8: Chinese government sites still publish GBK/GB2312; GB18030 decodes both.
        }

        var text = Gb18030.GetString(bytes);
        // GB18030 maps almost every byte sequence to something, so random bytes decode "fine": the C0 control
        // characters (which no bulletin text holds) tell binary content apart.
        var replaced = text.Count(c => c == '\uFFFD' || (char.IsControl(c) && c is not ('\t' or '\n' or '\r' or '\f' or '\v')));
        if (replaced > Math.Max(2, text.Length / 100))
        {
            throw new BulletinRejectedException("binary", $"{sourceName} is neither UTF-8, UTF-16 nor GB18030 text ({replaced} undecodable sequences or control characters).");
        }

        return text;
    }

    /// <summary>
    /// The common upload, plain UTF-8 text, split into lines (as <see cref="ContentSniffer.SplitLines"/> splits the
    /// text <see cref="Decode"/> gives) through a pooled character buffer instead of the whole text as one string (a
    /// large-object allocation for a long upload). Whitespace-only text is rejected as Decode's caller rejects it. Null whenever that path might read the bytes differently, so the
    /// caller takes it: a UTF-16 byte-order mark or shape, NUL bytes, invalid UTF-8, or a "&lt;" (perhaps HTML).
    /// </summary>
    public static TextLines? TryDecodeUtf8Lines(ReadOnlySpan<byte> bytes, string sourceName)
    {
        var body = bytes;
        if (bytes.StartsWith([(byte)0xEF, (byte)0xBB, (byte)0xBF]))
        {
            body = bytes[3..]; // Decode reads the rest as strict UTF-8 and looks no further
        }
        else if (bytes.StartsWith([(byte)0xFF, (byte)0xFE]) || bytes.StartsWith([(byte)0xFE, (byte)0xFF])
            || GuessUtf16WithoutBom(bytes) is not null || bytes.Contains((byte)0))
        {
            return null;
        }

        if (body.Contains((byte)'<')) return null;

        // UTF-8 never needs more UTF-16 code units than it has bytes.
        var buffer = ArrayPool<char>.Shared.Rent(Math.Max(1, body.Length));
        try
        {
            // Validates as it transcodes, rejecting exactly what the strict decoder would throw on.
            if (Utf8.ToUtf16(body, buffer, out _, out var written, replaceInvalidSequences: false) != OperationStatus.Done) return null;
            var text = buffer.AsSpan(0, written);
            // Line ends are whitespace: the text is whitespace only when every line is.
            if (text.IsWhiteSpace()) throw ContentSniffer.OnlyWhitespace(sourceName);
            return TextLines.Split(text);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private static string DecodeStrict(Encoding encoding, ReadOnlySpan<byte> bytes, string sourceName, string name)
    {
        try
        {
            return encoding.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            throw new BulletinRejectedException("badEncoding", $"{sourceName} starts with a {name} byte-order mark but holds invalid {name}: {ex.Message}");
        }
    }

    /// <summary>UTF-16 without BOM: Chinese and ASCII text leaves a NUL in most odd (LE) or even (BE) bytes of ASCII.</summary>
    private static Encoding? GuessUtf16WithoutBom(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 4 || bytes.Length % 2 != 0)
        {
            return null;
        }

        int evenZeros = 0, oddZeros = 0;
        var sample = bytes[..Math.Min(bytes.Length, 4096)];
        for (var i = 0; i < sample.Length; i++)
        {
            if (sample[i] == 0)
            {
                if (i % 2 == 0) evenZeros++; else oddZeros++;
            }
        }

        // CJK code points such as U+4E00 (一) put a NUL in the other byte now and then, so the test is lopsided
        // rather than absolute: many NULs on one side, few on the other.
        var pairs = sample.Length / 2;
        if (oddZeros >= pairs / 16 && evenZeros <= pairs / 50 && oddZeros > 4 * evenZeros)
        {
            return new UnicodeEncoding(false, false);
        }

        return evenZeros >= pairs / 16 && oddZeros <= pairs / 50 && evenZeros > 4 * oddZeros ? new UnicodeEncoding(true, false) : null;
    }
}
