using Wuhu.Bulletins.Model;

namespace Wuhu.Storage.Publishing;

/// <summary>
/// Decides which of two bulletins for one period is the newer, so that uploads arriving out of order (or
/// redelivered late) never replace a newer bulletin: the later publication date wins; when either date is
/// missing or both are equal (a corrected re-issue), the later upload wins; equal upload times fall back to
/// the SHA-256 so that racing writers agree on one winner.
/// </summary>
public static class UploadOrder
{
    public static bool IsNewer(Bulletin candidate, PublishSource candidateSource, PeriodPointer current)
    {
        if (candidate.PublishedOn is { } published && current.PublishedOn is { } currentPublished && published != currentPublished)
        {
            return published > currentPublished;
        }

        if (candidateSource.UploadedAt != current.UploadedAt)
        {
            return candidateSource.UploadedAt > current.UploadedAt;
        }

        return string.CompareOrdinal(candidateSource.Sha256, current.Sha256) > 0;
    }
}
