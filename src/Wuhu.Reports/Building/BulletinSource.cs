using Wuhu.Bulletins.Model;

namespace Wuhu.Reports.Building;

/// <summary>A parsed bulletin with the hash of the bytes it was parsed from (the cover lists it for tracing).</summary>
/// <param name="Sha256">Lower-case hex SHA-256 of the bulletin file.</param>
public sealed record BulletinSource(Bulletin Bulletin, string Sha256)
{
    public ReportingPeriod Period => Bulletin.Period;

    /// <summary>Hashes a file's bytes and pairs them with the bulletin parsed from them.</summary>
    public static BulletinSource FromBytes(Bulletin bulletin, ReadOnlySpan<byte> content) =>
        new(bulletin, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(content)));
}
