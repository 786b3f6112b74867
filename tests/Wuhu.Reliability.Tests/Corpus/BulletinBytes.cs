using System.Text;
using Wuhu.Bulletins.Model;
using Wuhu.Bulletins.Synthetic;
using Wuhu.Bulletins.Writing;

namespace Wuhu.Reliability.Tests.Corpus;

/// <summary>Valid bulletins in every format, the raw material the bad inputs are cut from.</summary>
internal static class BulletinBytes
{
    public const int Year = 2024;
    public const int Quarter = 1;
    public const string PeriodKey = "2024-Q1";
    public const int Tasks = 4;

    /// <summary>A generated Q1 2024 bulletin; <paramref name="publishedDay"/> (of April) orders corrected re-issues.</summary>
    public static Bulletin Bulletin(int tasks = Tasks, int seed = 1, int? publishedDay = null)
    {
        var bulletin = SyntheticBulletin.Generate(tasks, Year, Quarter, seed);
        return publishedDay is { } day ? bulletin with { PublishedOn = new DateOnly(Year, 4, day) } : bulletin;
    }

    public static byte[] Text(int tasks = Tasks, int seed = 1, int? publishedDay = null) =>
        Encoding.UTF8.GetBytes(BulletinWriter.Text(Bulletin(tasks, seed, publishedDay)));

    public static byte[] Html() => BulletinWriter.Html(Bulletin());

    public static byte[] Docx() => BulletinWriter.Docx(Bulletin());

    public static byte[] Xlsx() => BulletinWriter.Xlsx(Bulletin());

    /// <summary>The task table as HTML rows, for hand-made pages around it.</summary>
    public static string HtmlTable()
    {
        var html = Encoding.UTF8.GetString(Html());
        var start = html.IndexOf("<table>", StringComparison.Ordinal);
        var end = html.IndexOf("</table>", StringComparison.Ordinal) + "</table>".Length;
        return html[start..end];
    }

    public static string Title => Bulletin().Title!;

    /// <summary>Deterministic noise (seeded) so a failure can be reproduced.</summary>
    public static byte[] Noise(int length, int seed, bool allowNul)
    {
        var random = new Random(seed);
        var bytes = new byte[length];
        random.NextBytes(bytes);
        if (!allowNul)
        {
            for (var i = 0; i < bytes.Length; i++)
            {
                if (bytes[i] == 0) bytes[i] = 0x80;
            }
        }

        return bytes;
    }
}
