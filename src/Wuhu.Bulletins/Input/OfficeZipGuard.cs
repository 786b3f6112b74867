using System.IO.Compression;
using Wuhu.Bulletins.Model;

namespace Wuhu.Bulletins.Input;

/// <summary>Refuses zip bombs before the Office SDK inflates anything.</summary>
internal static class OfficeZipGuard
{
    /// <summary>A real bulletin's document.xml is a few MB; 200 MB uncompressed is far past any of them.</summary>
    public const long MaxUncompressedBytes = 200L * 1024 * 1024;

    /// <summary>Compression ratios above this are what zip bombs look like; XML rarely passes 30:1.</summary>
    public const double MaxCompressionRatio = 200;

    public static void Check(ZipArchive zip, string sourceName)
    {
        long total = 0;
        foreach (var entry in zip.Entries)
        {
            total += entry.Length;
            var ratio = entry.CompressedLength == 0 ? 0 : (double)entry.Length / entry.CompressedLength;
            if (total > MaxUncompressedBytes || (entry.Length > 1024 * 1024 && ratio > MaxCompressionRatio))
            {
                throw new BulletinRejectedException(
                    "zipBomb",
                    $"{sourceName}: entry {entry.FullName} inflates to {entry.Length:N0} bytes (ratio {ratio:N0}:1); refusing to open it.");
            }
        }
    }
}
