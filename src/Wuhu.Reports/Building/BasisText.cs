using Wuhu.Bulletins.Model;

namespace Wuhu.Reports.Building;

/// <summary>
/// A status's evidence in Chinese, as a manager reads it: the quoted phrase that decided it, or the target
/// comparison ("新增泊位:目标5000个,实际4200个,完成84.0%"; a ceiling as met or missed with its margin).
/// </summary>
public static class BasisText
{
    /// <param name="quarterly">Mid-year the actual is "目前" and a cumulative target shows the share due by now.</param>
    public static string Describe(StatusBasis? basis, bool quarterly)
    {
        if (basis is null)
        {
            return "未记录判定依据(旧数据)。";
        }

        if (basis.Comparison is { } comparison)
        {
            var text = Comparison(comparison, quarterly);
            return basis.Phrase is { Length: > 0 } phrase ? $"{text};原文:“{phrase}”" : text;
        }

        var quoted = basis.Phrase is { Length: > 0 } p ? $"“{p}”" : null;
        return basis.Kind switch
        {
            StatusBasisKind.Phrase => quoted is null ? "依据完成情况表述。" : $"完成情况表述:{quoted}",
            StatusBasisKind.Deliverable => quoted is null ? "任务所列成果已报告完成。" : $"任务成果的完成情况:{quoted}",
            StatusBasisKind.OpenEnded => quoted is null ? "持续性任务,无明确完成标准,已报告具体举措。" : $"持续性任务,无明确完成标准;已报告举措:{quoted}",
            StatusBasisKind.Schedule => quoted is null ? "按序时进度判断。" : $"序时进度表述:{quoted}",
            StatusBasisKind.Target => quoted is null ? "按量化目标判断。" : $"量化目标表述:{quoted}",
            _ => quoted is null ? "完成情况中没有能判断完成与否的表述。" : $"无法据此判断完成与否:{quoted}",
        };
    }

    /// <summary>
    /// "新增泊位:目标5000个,实际4200个,完成84.0%"; mid-year with a cumulative quantity "…目前2380个,完成79.3%,序时进度应达75.0%";
    /// a ceiling "城镇调查失业率:上限5.5%,实际5.1%,达成,低于上限0.4个百分点".
    /// </summary>
    public static string Comparison(TargetComparison c, bool quarterly)
    {
        var actualWord = quarterly ? "目前" : "实际";
        var metric = string.IsNullOrWhiteSpace(c.Metric) ? string.Empty : c.Metric + ":";
        if (c.AtMost)
        {
            return $"{metric}{Ceiling(c.Target, c.Actual, c.Unit, actualWord)}";
        }

        var text = $"{metric}目标{NumberText.Plain(c.Target)}{c.Unit},{actualWord}{NumberText.Plain(c.Actual)}{c.Unit},完成{NumberText.Percent(c.Share)}";
        return c.ExpectedShare is > 0 and < 1 ? $"{text},序时进度应达{NumberText.Percent(c.ExpectedShare)}" : text;
    }

    /// <summary>"上限5.5%,实际5.1%,达成,低于上限0.4个百分点" or "…未达成,超出上限0.3个百分点".</summary>
    public static string Ceiling(decimal target, decimal actual, string unit, string actualWord = "实际")
    {
        var margin = Math.Abs(target - actual);
        var marginUnit = unit == "%" ? "个百分点" : unit;
        var verdict = actual <= target
            ? $"达成,{(margin == 0 ? "恰好等于上限" : $"低于上限{NumberText.Plain(margin)}{marginUnit}")}"
            : $"未达成,超出上限{NumberText.Plain(margin)}{marginUnit}";
        return $"上限{NumberText.Plain(target)}{unit},{actualWord}{NumberText.Plain(actual)}{unit},{verdict}";
    }

    /// <summary>A task text cut to <paramref name="length"/> characters with "…" (for compact tables).</summary>
    public static string Shorten(string text, int length = 40)
    {
        var flat = string.Join(" ", text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        var info = new System.Globalization.StringInfo(flat);
        return info.LengthInTextElements <= length ? flat : info.SubstringByTextElements(0, length) + "…";
    }
}
