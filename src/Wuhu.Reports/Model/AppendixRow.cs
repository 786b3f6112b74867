using TaskStatus = Wuhu.Bulletins.Model.TaskStatus;

namespace Wuhu.Reports.Model;

/// <summary>One task in the appendix, as the bulletin states it.</summary>
/// <param name="Progress">The whole progress text; paragraphs separated by "\n".</param>
public sealed record AppendixRow(
    int Number,
    string? Section,
    string Text,
    IReadOnlyList<string> Units,
    TaskStatus Status,
    string Progress,
    string? Remarks)
{
    /// <summary>Cooperating units (协同责任单位), canonical names; not counted in the unit scoreboard.</summary>
    public IReadOnlyList<string> PartnerUnits { get; init; } = [];

    public string StatusLabel => StatusLabels.Of(Status);
}
