using Wuhu.Bulletins.Model;

namespace Wuhu.Bulletins;

/// <summary>Entry point: turns the bytes of an uploaded bulletin into a normalized <see cref="Bulletin"/>.</summary>
public static class BulletinParser
{
    /// <summary>Recorded with every ingestion so that re-parsing after a parser change can be told apart.</summary>
    public const string Version = "1.0.0";

    /// <summary>Parses a bulletin. Throws <see cref="BulletinRejectedException"/> when it can never be parsed.</summary>
    /// <param name="content">The file's bytes; the format is detected from them.</param>
    /// <param name="sourceName">The file or blob name (used as a last resort for the period, and in messages).</param>
    public static Bulletin Parse(ReadOnlyMemory<byte> content, string sourceName) =>
        throw new NotImplementedException("parser under construction");

    public static Bulletin ParseFile(string path) => Parse(File.ReadAllBytes(path), Path.GetFileName(path));
}
