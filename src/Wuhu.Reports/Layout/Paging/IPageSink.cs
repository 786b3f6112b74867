namespace Wuhu.Reports.Layout;

/// <summary>Where pages go: a PDF document in production, a recorder in tests.</summary>
public interface IPageSink
{
    IDrawingCanvas BeginPage(Size paperSize);

    void EndPage();
}
