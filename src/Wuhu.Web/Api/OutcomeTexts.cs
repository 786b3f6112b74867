using Wuhu.Storage.Ingestion;

namespace Wuhu.Web.Api;

/// <summary>
/// What an ingestion outcome means for the person who uploaded, in Chinese: a headline, the reason and what
/// to do. Every reason code the parser and the ingestion service produce has its own text; an unknown code
/// falls back to the stored (English) message so nothing is hidden.
/// </summary>
public static class OutcomeTexts
{
    public sealed record Explanation(string Headline, string Reason, string WhatToDo);

    public static string OutcomeLabel(IngestionOutcome outcome) => outcome switch
    {
        IngestionOutcome.Accepted => "已接收",
        IngestionOutcome.Duplicate => "重复上传",
        IngestionOutcome.Superseded => "已有更新版本",
        IngestionOutcome.Rejected => "未接收",
        _ => outcome.ToString(),
    };

    public static Explanation Explain(IngestionRecord record)
    {
        var period = PeriodLabels.OfKey(record.PeriodKey, record.FullYear);
        return record.Outcome switch
        {
            IngestionOutcome.Accepted => new($"已接收:{period},{record.TaskCount} 项任务",
                record.WarningCount > 0 ? $"解析时有 {record.WarningCount} 条提示(如序号缺失或重复),任务均已保留。" : "全部任务已保存,可在“任务”页查看。",
                "无需操作。报告会在下次生成时更新,也可在“报告”页点击“立即重新生成”。"),
            IngestionOutcome.Duplicate => new($"重复上传:{period} 已是这份内容",
                "该期间当前显示的正是相同内容的通报,未做任何更改。", "无需操作。"),
            IngestionOutcome.Superseded => new($"未替换:{period} 已有更新的通报",
                "该期间已保存一份发布日期或上传时间更晚的通报,本次上传未替换它。",
                "如确需以本文件为准,请核对其发布日期;必要时联系管理员。"),
            _ => Rejection(record),
        };
    }

    private static Explanation Rejection(IngestionRecord record)
    {
        var (reason, todo) = record.ReasonCode switch
        {
            "empty" => ("文件是空的(0 字节)。", "请重新导出或另存该通报后再上传。"),
            "binary" => ("文件不是文本、网页、Word 或 Excel 文件(可能是图片或其他二进制文件)。", "请上传通报的网页文本(.txt)、网页(.html)、Word(.docx)或 Excel(.xlsx)文件。"),
            "badEncoding" => ("文件的文字编码无法识别,读出来是乱码。", "请用“另存为”选择 UTF-8 编码后再上传,或改传 .docx / .xlsx。"),
            "unsupportedFormat" => ("不支持此文件格式(如 PDF、图片、旧版 .doc / .xls、压缩包)。", "请把通报另存为 .docx 或 .xlsx,或复制网页文字保存为 .txt 后上传。"),
            "corruptFile" => ("文件已损坏或不完整,无法打开。", "请重新下载或重新导出该文件后再上传。"),
            "zipBomb" => ("文件解压后异常巨大,出于安全考虑未予处理。", "请确认文件来源,重新导出后再上传。"),
            "noTable" => ("文件中找不到任务表格的表头(应有“工作任务”“牵头责任单位”“完成情况”等列)。", "请确认上传的是重点工作任务完成情况通报本身,且表头完整。"),
            "noTasks" => ("表头下面没有任何任务行。", "请确认文件包含完整的任务表格,而不只是标题或说明。"),
            "noPeriod" => ("无法判断通报所属的年度和季度(标题、表头、正文和文件名中都没有找到)。", "请把文件名改为含期间的名称,如“2024年一季度.txt”或“2024-Q1.docx”,再上传。"),
            "tooLarge" => ("文件超过大小上限。", "通报通常只有几百 KB;请确认没有上传错文件,或删除其中的图片后再上传。"),
            "parserError" => ("解析程序在处理该文件时出错。", "请把该文件发给系统管理员排查;其他文件不受影响。"),
            _ => (record.Message ?? "未知原因。", "请联系系统管理员。"),
        };
        return new("未接收:此文件不能作为通报导入", reason, todo);
    }
}
