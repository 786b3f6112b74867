using Wuhu.Reports.Model;
using Wuhu.Reports.Pdf;

namespace Wuhu.Reports.Rendering;

/// <summary>
/// Renders reports to A4 PDF with SkiaSharp through the layout layer in Wuhu.Reports.Layout. Stateless
/// and thread-safe: every call builds its own layout tree and fonts objects (the typefaces are shared).
/// </summary>
public sealed class SkiaPdfReportRenderer : IReportRenderer
{
    public byte[] Render(ReportDocument report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var layout = ReportComposer.Compose(report);
        var metadata = report.Metadata;
        var info = new PdfDocumentInfo(metadata.Title, metadata.Author, metadata.Subject, metadata.Keywords, metadata.CreationDate, metadata.Creator);
        return SkiaPdfWriter.Write(layout, info);
    }
}
