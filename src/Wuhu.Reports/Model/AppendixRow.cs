using TaskStatus = Wuhu.Bulletins.Model.TaskStatus;

namespace Wuhu.Reports.Model;

/// <summary>One task in the appendix, as the bulletin states it, with its status and what decided it.</summary>
/// <param name="Progress">The whole progress text; paragraphs separated by "\n".</param>
/// <param name="StatusLabel">The status as this report words it (达序时 in quarters).</param>
/// <param name="Basis">What decided the status, in Chinese (quoted phrase or target comparison).</param>
/// <param name="PartnerUnits">Cooperating units (协同责任单位 / 配合单位), when the bulletin names them.</param>
public sealed record AppendixRow(
    int Number,
    string? Section,
    string Text,
    IReadOnlyList<string> Units,
    TaskStatus Status,
    string StatusLabel,
    string Basis,
    string Progress,
    string? Remarks)
{
    /// <summary>Cooperating units (协同责任单位), canonical names; not counted in the unit scoreboard.</summary>
    public IReadOnlyList<string> PartnerUnits { get; init; } = [];
}
