using Wuhu.Bulletins.Model;

namespace Wuhu.Bulletins.Tests.Support;

/// <summary>Tasks are equal when every field a user sees is equal (records compare lists by reference).</summary>
public sealed class TaskComparer : IEqualityComparer<BulletinTask>
{
    public bool Equals(BulletinTask? x, BulletinTask? y) =>
        x is not null && y is not null
        && x.Number == y.Number && x.Section == y.Section && x.Text == y.Text && x.Progress == y.Progress
        && x.Remarks == y.Remarks && x.Status == y.Status
        && x.LeadUnits.SequenceEqual(y.LeadUnits) && x.LeadUnitsAsWritten.SequenceEqual(y.LeadUnitsAsWritten)
        && x.PartnerUnits.SequenceEqual(y.PartnerUnits) && x.PartnerUnitsAsWritten.SequenceEqual(y.PartnerUnitsAsWritten) && x.ProgressByUnit.SequenceEqual(y.ProgressByUnit) && x.Targets.SequenceEqual(y.Targets);

    public int GetHashCode(BulletinTask obj) => obj.Number;
}
