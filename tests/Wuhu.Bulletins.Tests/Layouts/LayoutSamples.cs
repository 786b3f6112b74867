using System.Text;
using Wuhu.Bulletins.Model;
using Wuhu.Bulletins.Tests.Support;
using Wuhu.Bulletins.Writing;

namespace Wuhu.Bulletins.Tests.Layouts;

/// <summary>The bulletins every layout is written from, and each layout's bytes as BulletinWriter produces them.</summary>
public static class LayoutSamples
{
    /// <summary>A list-style year-end bulletin in the city's 2021 form (our own text): sections, partners, label variants.</summary>
    public const string ListBulletin = """
        芜湖市2021年度重点工作任务完成情况
        发布时间:2022-01-20 信息来源:芜湖市人民政府办公室

        一、经济发展

        1.地区生产总值比上年增长8.5%左右。
        进展情况:全市实现地区生产总值4302.6亿元,增长11.6%。
        牵头责任单位:市发展和改革委员会。
        协同责任单位:市政府各部门、各直属单位。

        2.新增公共停车泊位3500个。
        完成情况:
        1.新增公共停车泊位3620个。
        2.建立工作台账,按月调度推进。
        牵头单位:市住建局、市城管局。
        配合单位:各县市区。

        二、民生保障
        3.创建全国双拥模范城。
        牵头责任单位:市退役军人事务局
        进展情况:已完成。
        4.推进“放管服”改革,
        优化营商环境。
        工作进展:
        市数据资源局
        政务服务事项全部实现网上可办。
        市经信局
        惠企政策“免申即享”,已上线。
        责任单位:市数据资源局、市经信局。
        备注:跨年度任务。
        【打印本页】【关闭窗口】
        """;

    public static Bulletin Annual2024 => BulletinParser.ParseFile(Path.Combine(SamplePaths.RepoSamples, "wuhu-2024-annual.txt"));

    public static Bulletin List2021 => Parse.Text(ListBulletin, "list-2021.txt");

    public static Bulletin Source(string name) => name switch
    {
        "annual2024" => Annual2024,
        "shared2023" => BulletinParser.ParseFile(SamplePaths.SharedAnnual2023),
        _ => List2021,
    };

    /// <summary>The one-cell-per-line text every other layout must agree with.</summary>
    public static Bulletin CellsEquivalent(Bulletin source) => BulletinParser.Parse(Encoding.UTF8.GetBytes(BulletinWriter.Text(source)), "cells.txt");

    public static byte[] Write(Bulletin b, string layout) => layout switch
    {
        "cells" => Encoding.UTF8.GetBytes(BulletinWriter.Text(b)),
        "cells-no-number-header" => Encoding.UTF8.GetBytes(BulletinWriter.Text(b, numberHeader: false)),
        "html" => BulletinWriter.Html(b),
        "html-no-number-header" => BulletinWriter.Html(b, numberHeader: false),
        "docx" => BulletinWriter.Docx(b),
        "docx-no-number-header" => BulletinWriter.Docx(b, numberHeader: false),
        "xlsx" => BulletinWriter.Xlsx(b),
        "xlsx-no-number-header" => BulletinWriter.Xlsx(b, numberHeader: false),
        "tsv" => Encoding.UTF8.GetBytes(BulletinWriter.TabSeparated(b)),
        "pipe" => Encoding.UTF8.GetBytes(BulletinWriter.PipeTable(b)),
        "pipe-no-separator" => Encoding.UTF8.GetBytes(BulletinWriter.PipeTable(b, separatorLine: false)),
        "list" => Encoding.UTF8.GetBytes(BulletinWriter.List(b)),
        // A portal page that lays the list out as paragraphs.
        "list-html" => Encoding.UTF8.GetBytes("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>"
            + string.Concat(BulletinWriter.List(b).Split('\n').Select(l => $"<p>{System.Net.WebUtility.HtmlEncode(l)}</p>")) + "</body></html>"),
        _ => throw new ArgumentOutOfRangeException(nameof(layout), layout, null),
    };

    public static readonly string[] Layouts =
    [
        "cells", "cells-no-number-header", "html", "html-no-number-header", "docx", "docx-no-number-header", "xlsx", "xlsx-no-number-header",
        "tsv", "pipe", "pipe-no-separator", "list", "list-html",
    ];

    public static TheoryData<string, string> SourcesAndLayouts()
    {
        var data = new TheoryData<string, string>();
        // The real 2023 bulletin (129 tasks) when ../shared is present.
        foreach (var source in SamplePaths.HasShared ? new[] { "annual2024", "list2021", "shared2023" } : ["annual2024", "list2021"])
        {
            foreach (var layout in Layouts) data.Add(source, layout);
        }

        return data;
    }
}
