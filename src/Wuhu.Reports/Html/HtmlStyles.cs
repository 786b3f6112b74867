using System.Text;

namespace Wuhu.Reports.Html;

/// <summary>
/// The report's print CSS: A4 pages with the PDF's 42 pt margins, running header and "page x of y" footer as
/// page-margin boxes, the same type sizes and colours as <see cref="Rendering.ReportTheme"/>, and fonts from local files.
/// </summary>
internal static class HtmlStyles
{
    public static void Append(StringBuilder html, string fontFolderUrl, string headerLeft, string headerRight, string footerLeft, string footerRight)
    {
        var folder = fontFolderUrl.EndsWith('/') ? fontFolderUrl : fontFolderUrl + "/";
        html.Append("<style>\n");
        FontFace(html, folder + HtmlReportFonts.RegularFile, 400);
        FontFace(html, folder + HtmlReportFonts.BoldFile, 700);
        html.Append("@page{size:A4;margin:42pt;")
            .Append("@top-left{content:").Append(CssString(headerLeft)).Append(";font:8pt WuhuCJK;color:#6B7280;vertical-align:bottom;padding-bottom:5pt;border-bottom:0.6pt solid #D0D5DD}")
            .Append("@top-right{content:").Append(CssString(headerRight)).Append(";font:8pt WuhuCJK;color:#6B7280;vertical-align:bottom;padding-bottom:5pt;border-bottom:0.6pt solid #D0D5DD}")
            .Append("@bottom-left{content:").Append(CssString(footerLeft)).Append(";font:8pt WuhuCJK;color:#6B7280}")
            .Append("@bottom-center{content:\"第 \" counter(page) \" 页 / 共 \" counter(pages) \" 页\";font:8pt WuhuCJK;color:#6B7280}")
            .Append("@bottom-right{content:").Append(CssString(footerRight)).Append(";font:8pt WuhuCJK;color:#6B7280}}\n")
            .Append("@page:first{@top-left{content:none;border:none}@top-right{content:none;border:none}}\n");
        html.Append(StaticRules);
        html.Append("</style>\n");
    }

    private static void FontFace(StringBuilder html, string url, int weight) =>
        html.Append("@font-face{font-family:WuhuCJK;font-weight:").Append(weight).Append(";src:url(").Append(CssString(url))
            .Append(") format(\"truetype\")}\n");

    /// <summary>A CSS string literal: backslash and quote escaped, line breaks as \A.</summary>
    private static string CssString(string text)
    {
        var css = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            _ = c switch
            {
                '"' or '\\' => css.Append('\\').Append(c),
                '\n' => css.Append("\\A "),
                '<' => css.Append("\\3C "),
                _ => css.Append(c),
            };
        }

        return css.Append('"').ToString();
    }

    private const string StaticRules = """
        html{-webkit-print-color-adjust:exact;print-color-adjust:exact}
        body{margin:0;font-family:WuhuCJK,sans-serif;font-size:9.5pt;color:#1F2A37;line-height:1.45}
        @media screen{body{max-width:511pt;margin:24pt auto;padding:0 12pt}}
        .cover{break-after:page}
        .banner{background:#1F3A5F;color:#fff;padding:24pt 24pt 22pt}
        .banner .kind{font-size:11pt;color:#C9D6E8}
        .banner h1{font-size:22pt;line-height:1.35;margin:10pt 0}
        .banner .period{font-size:14pt}
        .facts{margin:14pt 2pt}
        .facts p{margin:0 0 6pt}
        .muted{color:#6B7280}
        .note{font-size:8pt;color:#6B7280;margin:8pt 0}
        .none{color:#6B7280}
        .sha{font-size:7pt;color:#6B7280;word-break:break-all}
        section{margin-top:18pt}
        h2{font-size:14pt;color:#1F3A5F;line-height:1.3;margin:0 0 8pt;padding-bottom:4pt;border-bottom:2pt solid #1F3A5F;break-after:avoid}
        h3{font-size:10.5pt;line-height:1.4;margin:4pt 0 2pt;break-after:avoid}
                .cards{display:flex;gap:8pt;break-inside:avoid}
        .card{flex:1;background:#F6F8FB;border-top:2.5pt solid;padding:10pt 4pt 8pt;text-align:center}
        .card b{display:block;font-size:17pt;line-height:1.3}
        .card span{font-size:8pt;color:#6B7280}
        .chart-block{break-inside:avoid;margin-bottom:16pt}
        svg.chart{display:block;width:100%;font-family:WuhuCJK,sans-serif;fill:#1F2A37}
        table{width:100%;border-collapse:collapse;table-layout:fixed;font-size:8.5pt;line-height:1.45}
        thead{display:table-header-group}
        th{background:#1F3A5F;color:#fff;font-weight:700;text-align:left}
        th,td{border:0.5pt solid #D0D5DD;padding:3pt 4pt;vertical-align:top;white-space:pre-line;overflow-wrap:anywhere}
        tr{break-inside:avoid}
        .u{word-break:keep-all}
        .k{font-weight:700}
        .basis{color:#6B7280;margin-bottom:2pt}
        .partners{color:#6B7280;margin-top:2pt}
        .schedule{margin:6pt 0}
        .toc a{display:flex;color:#1F3A5F;text-decoration:none;border-bottom:0.4pt solid #D0D5DD;line-height:1.7}
        .c{text-align:center}.r{text-align:right}.st{font-weight:700;text-align:center}
        """;
}
