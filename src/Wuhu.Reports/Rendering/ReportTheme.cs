using Wuhu.Reports.Layout;
using TaskStatus = Wuhu.Bulletins.Model.TaskStatus;

namespace Wuhu.Reports.Rendering;

/// <summary>The report's typography and colours, in one place so every page agrees.</summary>
internal static class ReportTheme
{
    public static readonly RgbColor Ink = new(0x1F, 0x2A, 0x37);
    public static readonly RgbColor Muted = new(0x6B, 0x72, 0x80);
    public static readonly RgbColor Accent = new(0x1F, 0x3A, 0x5F);
    public static readonly RgbColor AccentLight = new(0xEA, 0xF0, 0xF7);
    public static readonly RgbColor Rule = new(0xD0, 0xD5, 0xDD);
    public static readonly RgbColor CardBackground = new(0xF6, 0xF8, 0xFB);

    public static readonly TextStyle Body = new(9.5f, Color: Ink);
    public static readonly TextStyle Small = new(8f, Color: Muted);
    public static readonly TextStyle Cell = new(8.5f, Color: Ink, LineHeight: 1.45f);
    public static readonly TextStyle HeaderCell = new(8.5f, Bold: true, Color: RgbColor.White, LineHeight: 1.45f);
    public static readonly TextStyle SectionTitle = new(14f, Bold: true, Color: Accent, LineHeight: 1.3f);
    public static readonly TextStyle SubTitle = new(10.5f, Bold: true, Color: Ink, LineHeight: 1.4f);

    public static readonly TableStyle Table = new() { GridColor = Rule, HeaderBackground = Accent };

    public static RgbColor StatusColor(TaskStatus status) => status switch
    {
        TaskStatus.Completed => new RgbColor(0x2E, 0x8B, 0x57),
        TaskStatus.InProgress => new RgbColor(0x2F, 0x6F, 0xD6),
        TaskStatus.NotMet => new RgbColor(0xD1, 0x43, 0x43),
        TaskStatus.Behind => new RgbColor(0xE0, 0x8A, 0x1E),
        TaskStatus.Ongoing => new RgbColor(0x6B, 0x9E, 0x8C),
        _ => new RgbColor(0xA0, 0xA7, 0xB4),
    };
}
