using Wuhu.Bulletins.Model;

namespace Wuhu.Web.Api;

/// <summary>
/// Task facts the parser adds over time (status basis, partner units), read in one place so the page and
/// the Excel export agree. Empty until the model carries them.
/// </summary>
public static class TaskFacts
{
    public static string? Basis(BulletinTask task) => null;

    public static IReadOnlyList<string> PartnerUnits(BulletinTask task) => [];
}
