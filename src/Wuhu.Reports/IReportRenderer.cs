using Wuhu.Reports.Model;

namespace Wuhu.Reports;

/// <summary>Turns a report into PDF bytes. The one seam a different PDF library could replace.</summary>
public interface IReportRenderer
{
    byte[] Render(ReportDocument report);
}
