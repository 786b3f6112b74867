namespace Wuhu.Bulletins.Model;

/// <summary>One numbered task of a bulletin, normalized.</summary>
public sealed record BulletinTask
{
    /// <summary>The task number as printed (stray spaces removed); sequential when the bulletin has no 序号 column.</summary>
    public required int Number { get; init; }
    /// <summary>The section heading row ("一、…", "(一)…") the task sits under, if the bulletin has them.</summary>
    public string? Section { get; init; }
    public required string Text { get; init; }
    /// <summary>Lead units (牵头责任单位) by their canonical names (the unit directory, <c>Normalization/units.tsv</c>).</summary>
    public required IReadOnlyList<string> LeadUnits { get; init; }
    /// <summary>The lead units as the bulletin printed them; empty in records stored before names were made canonical.</summary>
    public IReadOnlyList<string> LeadUnitsAsWritten { get; init; } = [];
    /// <summary>Cooperating units (协同责任单位 / 配合单位 / a 责任单位 beside 牵头责任单位), canonical; never part of <see cref="LeadUnits"/>.</summary>
    public IReadOnlyList<string> PartnerUnits { get; init; } = [];
    /// <summary>The cooperating units as printed.</summary>
    public IReadOnlyList<string> PartnerUnitsAsWritten { get; init; } = [];
    /// <summary>The whole progress text; paragraphs separated by "\n".</summary>
    public required string Progress { get; init; }
    /// <summary>Progress attributed to a unit, when the bulletin interleaves unit lines with their text.</summary>
    public required IReadOnlyList<UnitProgress> ProgressByUnit { get; init; }
    public string? Remarks { get; init; }
    public required TaskStatus Status { get; init; }
    /// <summary>Why <see cref="Status"/> was chosen. Null only on rows stored before statuses carried evidence.</summary>
    public StatusBasis? StatusBasis { get; init; }
    public required IReadOnlyList<QuantitativeTarget> Targets { get; init; }
}

public sealed record UnitProgress(string Unit, string Text);
