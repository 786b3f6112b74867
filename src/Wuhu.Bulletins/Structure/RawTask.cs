namespace Wuhu.Bulletins.Structure;

/// <summary>One table row as found, its cells' lines still raw; <see cref="TaskAssembler"/> normalizes it.</summary>
internal sealed class RawTask
{
    /// <summary>The 序号 cell as printed ("1 1 7", "(8)"); null when the table has no number column.</summary>
    public string? NumberText { get; init; }
    public string? Section { get; init; }
    private string? location;

    /// <summary>Where the row starts (line or row number in the source), for messages.</summary>
    public string Location
    {
        // Only warnings name it: a text row's "line N" is written when first asked, not for every row.
        get => location ??= SourceLine is { } line ? $"line {line}" : throw new InvalidOperationException("a row was read without its location");
        init => location = value;
    }

    /// <summary>The 1-based line where a text row starts, read as the location "line N" unless one is given.</summary>
    public int? SourceLine { get; init; }
    public List<string> TaskLines { get; } = [];
    public List<string> UnitLines { get; } = [];

    /// <summary>Cooperating units (协同责任单位 / 配合单位…), kept apart from the lead units; made when first asked for.</summary>
    public List<string> PartnerLines => partnerLines ??= [];

    /// <summary>Progress lines in order; unit lines among them attribute the text that follows to that unit.</summary>
    public List<string> ProgressLines { get; } = [];

    /// <summary>The remarks cell's lines; made when first asked for.</summary>
    public List<string> RemarkLines => remarkLines ??= [];

    // Most rows have neither cooperating units nor remarks: readers ask HasPartnerLines/HasRemarkLines first, so a
    // 10,000-row file does not carry 20,000 empty lists through the parse.
    private List<string>? partnerLines;
    private List<string>? remarkLines;

    public bool HasPartnerLines => partnerLines is { Count: > 0 };
    public bool HasRemarkLines => remarkLines is { Count: > 0 };
}

/// <summary>The bulletin's table as recognized: header, rows, and text that fits nowhere.</summary>
internal sealed record TableLayout(
    HeaderRow Header,
    IReadOnlyList<string> Preamble,
    IReadOnlyList<RawTask> Rows,
    IReadOnlyList<Model.ParseWarning> Warnings)
{
    public Model.BulletinLayout Layout { get; init; } = Model.BulletinLayout.Table;
}
