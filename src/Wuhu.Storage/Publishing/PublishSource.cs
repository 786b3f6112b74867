using Wuhu.Bulletins;

namespace Wuhu.Storage.Publishing;

/// <summary>Where a bulletin being published came from: the upload that decides ordering and duplicates.</summary>
/// <param name="BlobName">Name of the uploaded blob.</param>
/// <param name="Sha256">Lowercase hex SHA-256 of the uploaded bytes.</param>
/// <param name="UploadedAt">When the blob was created (used to order uploads of the same publication date).</param>
/// <param name="ParserVersion">The parser version that derived the bulletin, recorded on the period pointer
/// (tests pass an older one to simulate data stored before a parser change).</param>
public sealed record PublishSource(string BlobName, string Sha256, DateTimeOffset UploadedAt, string ParserVersion = BulletinParser.Version);
