using System.Buffers.Binary;

namespace Wuhu.Reports.Pdf;

/// <summary>
/// Cuts a TrueType font down to the glyphs one document uses. This Skia build embeds TrueType fonts
/// whole (7 MB for our CJK font), so each PDF gets a font holding only the glyphs it draws, renumbered
/// 0..n. Drawing goes through the subset's own cmap (text, not glyph ids) and the advances are copied,
/// so text laid out with the full font lands in the same places; the cmap lists only the characters
/// drawn, which also keeps the PDF's ToUnicode map exact and short.
/// </summary>
public static class TrueTypeSubsetter
{
    private static readonly string[] KeptTables = ["OS/2", "name", "post"];

    /// <param name="font">A TrueType (glyf) font.</param>
    /// <param name="glyphsByCodePoint">The BMP characters to keep and their glyph ids in <paramref name="font"/>.</param>
    public static byte[] Subset(ReadOnlySpan<byte> font, IReadOnlyDictionary<int, ushort> glyphsByCodePoint)
    {
        ArgumentNullException.ThrowIfNull(glyphsByCodePoint);
        var tables = ReadTableDirectory(font);
        foreach (var required in new[] { "head", "loca", "glyf", "maxp", "hmtx", "hhea" })
        {
            if (!tables.ContainsKey(required))
            {
                throw new InvalidDataException($"The font has no '{required}' table; only TrueType-outline fonts can be subset.");
            }
        }

        var head = Slice(font, tables["head"]).ToArray();
        var hhea = Slice(font, tables["hhea"]).ToArray();
        var maxp = Slice(font, tables["maxp"]).ToArray();
        var longOffsets = BinaryPrimitives.ReadInt16BigEndian(head.AsSpan(50)) == 1;
        var glyphCount = BinaryPrimitives.ReadUInt16BigEndian(maxp.AsSpan(4));
        var metricsCount = BinaryPrimitives.ReadUInt16BigEndian(hhea.AsSpan(34));
        var loca = Slice(font, tables["loca"]).ToArray();
        var hmtx = Slice(font, tables["hmtx"]).ToArray();
        var glyf = Slice(font, tables["glyf"]);
        int Offset(int glyph) => longOffsets
            ? (int)BinaryPrimitives.ReadUInt32BigEndian(loca.AsSpan(glyph * 4))
            : BinaryPrimitives.ReadUInt16BigEndian(loca.AsSpan(glyph * 2)) * 2;

        // Old glyph ids in new order: .notdef first, then the characters' glyphs and their components.
        var order = new List<int>();
        var newId = new Dictionary<int, int>();
        var pending = new Queue<int>(glyphsByCodePoint.Values.Select(g => (int)g).Order().Prepend(0));
        while (pending.Count > 0)
        {
            var glyph = pending.Dequeue();
            if (glyph >= glyphCount || newId.ContainsKey(glyph))
            {
                continue;
            }

            newId[glyph] = order.Count;
            order.Add(glyph);
            foreach (var (component, _) in Components(glyf[Offset(glyph)..Offset(glyph + 1)]))
            {
                pending.Enqueue(component);
            }
        }

        var newGlyf = new MemoryStream();
        var newLoca = new byte[(order.Count + 1) * 4];
        var newHmtx = new byte[order.Count * 4];
        for (var i = 0; i < order.Count; i++)
        {
            var old = order[i];
            BinaryPrimitives.WriteUInt32BigEndian(newLoca.AsSpan(i * 4), (uint)newGlyf.Length);
            var data = glyf[Offset(old)..Offset(old + 1)].ToArray();
            foreach (var (component, at) in Components(data))
            {
                BinaryPrimitives.WriteUInt16BigEndian(data.AsSpan(at), (ushort)newId[component]);
            }

            newGlyf.Write(data);
            while (newGlyf.Length % 4 != 0)
            {
                newGlyf.WriteByte(0);
            }

            var metric = Math.Min(old, metricsCount - 1);
            BinaryPrimitives.WriteUInt16BigEndian(newHmtx.AsSpan(i * 4), BinaryPrimitives.ReadUInt16BigEndian(hmtx.AsSpan(metric * 4)));
            var lsb = old < metricsCount ? hmtx.AsSpan((old * 4) + 2) : hmtx.AsSpan((metricsCount * 4) + ((old - metricsCount) * 2));
            BinaryPrimitives.WriteInt16BigEndian(newHmtx.AsSpan((i * 4) + 2), BinaryPrimitives.ReadInt16BigEndian(lsb));
        }

        BinaryPrimitives.WriteUInt32BigEndian(newLoca.AsSpan(order.Count * 4), (uint)newGlyf.Length);
        BinaryPrimitives.WriteInt16BigEndian(head.AsSpan(50), 1); // long loca offsets
        BinaryPrimitives.WriteUInt32BigEndian(head.AsSpan(8), 0); // checkSumAdjustment, set when written
        BinaryPrimitives.WriteUInt16BigEndian(hhea.AsSpan(34), (ushort)order.Count);
        BinaryPrimitives.WriteUInt16BigEndian(maxp.AsSpan(4), (ushort)order.Count);

        var output = new SortedDictionary<string, byte[]>(StringComparer.Ordinal)
        {
            ["cmap"] = BuildCmap(glyphsByCodePoint.Where(p => newId.ContainsKey(p.Value)).ToDictionary(p => p.Key, p => (ushort)newId[p.Value])),
            ["glyf"] = newGlyf.ToArray(),
            ["head"] = head,
            ["hhea"] = hhea,
            ["hmtx"] = newHmtx,
            ["loca"] = newLoca,
            ["maxp"] = maxp,
        };
        foreach (var tag in KeptTables.Where(tables.ContainsKey))
        {
            output[tag] = Slice(font, tables[tag]).ToArray();
        }

        return WriteFont(output);
    }

    /// <summary>Component glyph ids of a composite glyph, with the byte offset where each id is stored.</summary>
    private static List<(int Glyph, int At)> Components(ReadOnlySpan<byte> glyph)
    {
        var components = new List<(int, int)>();
        if (glyph.Length < 10 || BinaryPrimitives.ReadInt16BigEndian(glyph) >= 0)
        {
            return components;
        }

        var at = 10;
        while (at + 4 <= glyph.Length)
        {
            var flags = BinaryPrimitives.ReadUInt16BigEndian(glyph[at..]);
            components.Add((BinaryPrimitives.ReadUInt16BigEndian(glyph[(at + 2)..]), at + 2));
            at += 4 + ((flags & 0x1) != 0 ? 4 : 2);
            at += (flags & 0x8) != 0 ? 2 : (flags & 0x40) != 0 ? 4 : (flags & 0x80) != 0 ? 8 : 0;
            if ((flags & 0x20) == 0)
            {
                break;
            }
        }

        return components;
    }

    /// <summary>A cmap with one format 4 subtable (Windows, Unicode BMP): one segment per character.</summary>
    private static byte[] BuildCmap(IReadOnlyDictionary<int, ushort> glyphsByCodePoint)
    {
        var codePoints = glyphsByCodePoint.Keys.Where(cp => cp is > 0 and < 0xFFFF).Order().ToList();
        var segments = codePoints.Count + 1; // plus the required final 0xFFFF segment
        var subtableLength = 16 + (segments * 8);
        if (subtableLength > ushort.MaxValue)
        {
            throw new InvalidOperationException($"{codePoints.Count} distinct characters are more than one cmap format 4 subtable can hold.");
        }

        var cmap = new byte[12 + subtableLength];
        var span = cmap.AsSpan();
        BinaryPrimitives.WriteUInt16BigEndian(span[2..], 1); // one encoding record
        BinaryPrimitives.WriteUInt16BigEndian(span[4..], 3); // Windows
        BinaryPrimitives.WriteUInt16BigEndian(span[6..], 1); // Unicode BMP
        BinaryPrimitives.WriteUInt32BigEndian(span[8..], 12);
        var table = span[12..];
        var log = (int)Math.Floor(Math.Log2(segments));
        BinaryPrimitives.WriteUInt16BigEndian(table, 4);
        BinaryPrimitives.WriteUInt16BigEndian(table[2..], (ushort)subtableLength);
        BinaryPrimitives.WriteUInt16BigEndian(table[6..], (ushort)(segments * 2));
        BinaryPrimitives.WriteUInt16BigEndian(table[8..], (ushort)(2 << log));
        BinaryPrimitives.WriteUInt16BigEndian(table[10..], (ushort)log);
        BinaryPrimitives.WriteUInt16BigEndian(table[12..], (ushort)((segments * 2) - (2 << log)));
        var ends = 14;
        var starts = ends + (segments * 2) + 2;
        var deltas = starts + (segments * 2);
        for (var i = 0; i < segments; i++)
        {
            var cp = i < codePoints.Count ? codePoints[i] : 0xFFFF;
            var delta = i < codePoints.Count ? (ushort)((glyphsByCodePoint[cp] - cp) & 0xFFFF) : (ushort)1;
            BinaryPrimitives.WriteUInt16BigEndian(table[(ends + (i * 2))..], (ushort)cp);
            BinaryPrimitives.WriteUInt16BigEndian(table[(starts + (i * 2))..], (ushort)cp);
            BinaryPrimitives.WriteUInt16BigEndian(table[(deltas + (i * 2))..], delta);
        }

        return cmap;
    }

    private static byte[] WriteFont(SortedDictionary<string, byte[]> tables)
    {
        var count = tables.Count;
        var log = (int)Math.Floor(Math.Log2(count));
        var headerLength = 12 + (count * 16);
        var total = headerLength + tables.Values.Sum(t => (t.Length + 3) & ~3);
        var font = new byte[total];
        var span = font.AsSpan();
        BinaryPrimitives.WriteUInt32BigEndian(span, 0x00010000);
        BinaryPrimitives.WriteUInt16BigEndian(span[4..], (ushort)count);
        BinaryPrimitives.WriteUInt16BigEndian(span[6..], (ushort)(16 << log));
        BinaryPrimitives.WriteUInt16BigEndian(span[8..], (ushort)log);
        BinaryPrimitives.WriteUInt16BigEndian(span[10..], (ushort)((count * 16) - (16 << log)));
        var record = 12;
        var offset = headerLength;
        var headOffset = 0;
        foreach (var (tag, data) in tables)
        {
            for (var i = 0; i < 4; i++)
            {
                span[record + i] = (byte)tag[i];
            }

            data.CopyTo(span[offset..]);
            BinaryPrimitives.WriteUInt32BigEndian(span[(record + 4)..], Checksum(span.Slice(offset, (data.Length + 3) & ~3)));
            BinaryPrimitives.WriteUInt32BigEndian(span[(record + 8)..], (uint)offset);
            BinaryPrimitives.WriteUInt32BigEndian(span[(record + 12)..], (uint)data.Length);
            headOffset = tag == "head" ? offset : headOffset;
            record += 16;
            offset += (data.Length + 3) & ~3;
        }

        BinaryPrimitives.WriteUInt32BigEndian(span[(headOffset + 8)..], 0xB1B0AFBA - Checksum(span));
        return font;
    }

    private static uint Checksum(ReadOnlySpan<byte> data)
    {
        uint sum = 0;
        for (var i = 0; i + 4 <= data.Length; i += 4)
        {
            sum += BinaryPrimitives.ReadUInt32BigEndian(data[i..]);
        }

        return sum;
    }

    private static Dictionary<string, (int Offset, int Length)> ReadTableDirectory(ReadOnlySpan<byte> font)
    {
        if (font.Length < 12)
        {
            throw new InvalidDataException("The font is too short to be an OpenType file.");
        }

        var count = BinaryPrimitives.ReadUInt16BigEndian(font[4..]);
        var tables = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var record = font.Slice(12 + (i * 16), 16);
            var tag = string.Concat(record[..4].ToArray().Select(b => (char)b));
            tables[tag] = ((int)BinaryPrimitives.ReadUInt32BigEndian(record[8..]), (int)BinaryPrimitives.ReadUInt32BigEndian(record[12..]));
        }

        return tables;
    }

    private static ReadOnlySpan<byte> Slice(ReadOnlySpan<byte> font, (int Offset, int Length) table) => font.Slice(table.Offset, table.Length);
}
