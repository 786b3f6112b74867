using SkiaSharp;
using Wuhu.Reports.Layout;

namespace Wuhu.Reports.Pdf;

/// <summary>Lays out a <see cref="PageLayout"/> and writes it as a PDF with Skia (fonts embedded as subsets).</summary>
public static class SkiaPdfWriter
{
    public static byte[] Write(PageLayout layout, PdfDocumentInfo info)
    {
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(info);
        using var output = new MemoryStream();
        var metadata = new SKDocumentPdfMetadata
        {
            Title = info.Title,
            Author = info.Author,
            Subject = info.Subject,
            Keywords = info.Keywords,
            Creator = info.Creator,
            Producer = "Wuhu.Reports (SkiaSharp PDF)",
            Creation = info.Created.UtcDateTime,
            Modified = info.Created.UtcDateTime,
            RasterDpi = SKDocumentPdfMetadata.DefaultRasterDpi,
            EncodingQuality = SKDocumentPdfMetadata.DefaultEncodingQuality,
        };
        using (var document = SKDocument.CreatePdf(output, metadata)
            ?? throw new InvalidOperationException("SkiaSharp could not create a PDF document."))
        using (var measurer = new SkiaTextMeasurer())
        using (var sink = new PdfPageSink(document))
        {
            Paginator.Render(layout, measurer, sink, sink.Characters);
            document.Close();
        }

        var outline = layout.Outline
            .Where(entry => layout.Destinations.PageOf(entry.Destination) is not null)
            .Select(entry => (entry.Title, entry.Destination))
            .ToList();
        return PdfOutlineAppender.Append(output.ToArray(), outline);
    }

    /// <summary>
    /// Collects the characters during the counting pass, then draws the pages with fonts subset to them
    /// (same glyph ids and metrics as the full fonts the layout was measured with).
    /// </summary>
    private sealed class PdfPageSink(SKDocument document) : IPageSink, IDisposable
    {
        private SkiaDrawingCanvas? _current;
        private DocumentFonts? _fonts;
        private SkiaTextMeasurer? _drawingFonts;

        public CharacterCollectingCanvas Characters { get; } = new();

        public IDrawingCanvas BeginPage(Size paperSize)
        {
            _fonts ??= DocumentFonts.For(Characters.Regular, Characters.Bold);
            _drawingFonts ??= new SkiaTextMeasurer(_fonts.Regular, _fonts.Bold);
            var canvas = document.BeginPage(paperSize.Width, paperSize.Height);
            _current = new SkiaDrawingCanvas(canvas, _drawingFonts);
            return _current;
        }

        public void Dispose()
        {
            _drawingFonts?.Dispose();
            _fonts?.Dispose();
        }

        public void EndPage()
        {
            _current?.Dispose();
            _current = null;
            document.EndPage();
        }
    }
}
