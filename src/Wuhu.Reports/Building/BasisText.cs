using Wuhu.Bulletins.Model;

namespace Wuhu.Reports.Building;

/// <summary>
/// A status's evidence in Chinese, as a manager reads it: the quoted phrase that decided it, or the target
/// comparison ("新增泊位:目标5000个,实际4200个,完成84.0%"; a ceiling as met or missed with its margin).
/// </summary>
public static class BasisText
{
    /// <summary>How the classifier quotes what a task names and the text never reports ("未见报告:X").</summary>
    private const string Unreported = "未见报告:";

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
            return basis.Phrase is { Length: > 0 } quoted ? $"{text};原文:“{quoted}”" : text;
        }

        var phrase = basis.Phrase is { Length: > 0 } p ? p : null;
        if (phrase is not null && phrase.StartsWith(Unreported, StringComparison.Ordinal))
        {
            return $"完成情况中未见报告:“{phrase[Unreported.Length..]}”";
        }

        if (phrase is null)
        {
            return basis.Kind switch
            {
                StatusBasisKind.OpenEnded => "持续性任务,无明确完成标准,已报告具体举措。",
                StatusBasisKind.None => "完成情况中没有能判断完成与否的表述。",
                _ => "依据完成情况表述判断。",
            };
        }

        // The classifier's named rules (Wuhu.Bulletins StatusRules) say how the quotation decided; an unknown rule
        // falls back on the kind of evidence.
        var lead = basis.Rule switch
        {
            "statedShortfall" => "表述为未完成或滞后",
            "preparationOnly" => "仅报告前期准备",
            "partialYearOnly" => "只有部分年度的数据",
            "deliverableUnderway" => "任务成果仍在推进",
            "allDelivered" => "任务成果均已报告完成",
            "wholeTaskDone" => "表述为整体完成",
            "onSchedule" => "已报告推进举措",
            "aimsReportedDone" => "各项目标均已报告完成",
            "openEndedActions" => "持续性任务,无明确完成标准;已报告举措",
            _ => basis.Kind switch
            {
                StatusBasisKind.Deliverable => "任务成果的完成情况",
                StatusBasisKind.OpenEnded => "持续性任务,无明确完成标准;已报告举措",
                StatusBasisKind.Schedule => "序时进度表述",
                StatusBasisKind.Target => "量化目标表述",
                StatusBasisKind.None => "无法据此判断完成与否",
                _ => "完成情况表述",
            },
        };
        return $"{lead}:“{phrase}”";
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
