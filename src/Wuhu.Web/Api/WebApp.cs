using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Wuhu.Storage;
using Wuhu.Storage.Ingestion;
using Wuhu.Storage.Reports;
using Wuhu.Web.Auth;
using Wuhu.Web.Export;

namespace Wuhu.Web.Api;

/// <summary>
/// The web app's request handlers: pages, upload, ingestion history, periods and tasks, reports, Excel
/// export. Hosted by the function app (one thin function per route) and by `wuhu serve` (Kestrel) alike.
/// Every API call checks the caller's role first: 401 without a signed-in user, 403 without the role.
/// </summary>
public sealed class WebApp(
    BulletinIngestionService ingestion,
    IngestionRecordStore records,
    PublishedPeriodReader periods,
    ReportCatalog catalog,
    ReportPublisher publisher,
    StorageContext storage,
    IWebUserSource users)
{
    /// <summary>POSTs must carry this header: a page of another site cannot send it without a CORS preflight, which we never allow.</summary>
    public const string RequestHeader = "X-Wuhu-Request";
    public const int MaxTop = 1000;

    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>GET /app/: the page; anonymous visitors are sent to sign in (Azure) or turned away (non-local callers).</summary>
    public IResult Page(HttpRequest request)
    {
        var user = users.Resolve(request);
        if (user is null)
        {
            return users.SignInUrl(WebRoutes.PagePath) is { } signIn
                ? Results.Redirect(signIn)
                : Results.Content(StaticAssets.Notice("无法访问", "本地服务只接受本机(127.0.0.1)的访问。"), "text/html; charset=utf-8", statusCode: 403);
        }

        if (!user.CanRead)
        {
            return Results.Content(StaticAssets.Notice("尚未授权",
                $"{user.Name} 已登录,但还没有被分配“上传者”或“查阅者”角色。请联系管理员在 Microsoft Entra 企业应用中为您分配角色。"),
                "text/html; charset=utf-8", statusCode: 403);
        }

        return StaticAssets.Serve("index.html") ?? Results.NotFound();
    }

    /// <summary>GET /app/{file}: the page's script and style sheet (no data in them, so no sign-in needed).</summary>
    public IResult Asset(string file) => StaticAssets.Serve(file) ?? Error(StatusCodes.Status404NotFound, $"没有文件 {file}。");

    /// <summary>GET /app/api/me: who is signed in and what they may do.</summary>
    public IResult Me(HttpRequest request) =>
        Guard(request, upload: false, out var user) ?? Ok(new { user!.Name, user.CanUpload, user.CanRead, Roles = user.Roles.Order() });

    /// <summary>POST /app/api/uploads?name=FILE: stores the body as bulletin FILE and ingests it now; the answer is the outcome in Chinese.</summary>
    public async Task<IResult> UploadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (Guard(request, upload: true, out var user) is { } denied)
        {
            return denied;
        }

        if (!UploadNames.TryClean(request.Query["name"], out var blobName, out var problem))
        {
            return Error(StatusCodes.Status400BadRequest, problem);
        }

        // Read at most one byte past the limit, so an oversized upload is refused without storing it.
        var limit = storage.Options.MaxUploadBytes;
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > limit)
            {
                var tooLarge = new IngestionRecord
                {
                    BlobName = blobName, Size = buffer.Length, Outcome = IngestionOutcome.Rejected, ReasonCode = "tooLarge",
                    Message = $"Larger than the limit of {limit:N0} bytes.", ParserVersion = "", IngestedAt = DateTimeOffset.UtcNow,
                };
                return Ok(IngestionView.Of(tooLarge) with { Reason = $"文件超过 {limit / 1024 / 1024} MB 的大小上限,未保存。" });
            }
        }

        buffer.Position = 0;
        var record = await ingestion.UploadAndIngestAsync(blobName, buffer, cancellationToken, user!.Name);
        return Ok(IngestionView.Of(record));
    }

    /// <summary>GET /app/api/ingestions?top=N: the upload history, newest first.</summary>
    public async Task<IResult> IngestionsAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (Guard(request, upload: false, out _) is { } denied)
        {
            return denied;
        }

        var topText = request.Query["top"].ToString();
        var top = IngestionRecordStore.DefaultTop;
        if (topText.Length > 0 && (!int.TryParse(topText, NumberStyles.None, CultureInfo.InvariantCulture, out top) || top is < 1 or > MaxTop))
        {
            return Error(StatusCodes.Status400BadRequest, $"top 应为 1 到 {MaxTop} 之间的整数,而不是“{topText}”。");
        }

        var list = await records.ListAsync(top, cancellationToken);
        return Ok(list.Select(IngestionView.Of));
    }

    /// <summary>GET /app/api/periods: every stored period with its task count, newest first.</summary>
    public async Task<IResult> PeriodsAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (Guard(request, upload: false, out _) is { } denied)
        {
            return denied;
        }

        var list = await periods.ListPeriodsAsync(null, cancellationToken);
        return Ok(list.OrderByDescending(p => p.PeriodKey, StringComparer.Ordinal).Select(p => new
        {
            Key = p.PeriodKey,
            Label = PeriodLabels.OfKey(p.PeriodKey, p.FullYear),
            p.Year,
            p.Quarter,
            p.FullYear,
            TaskCount = p.Bulletin.Tasks.Count,
            p.SourceBlob,
            p.IngestedAt,
        }));
    }

    /// <summary>GET /app/api/tasks?period=2024-Q2: the period's tasks, each with its status in the previous quarter.</summary>
    public async Task<IResult> TasksAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (Guard(request, upload: false, out _) is { } denied)
        {
            return denied;
        }

        var key = request.Query["period"].ToString();
        if (!PeriodLabels.TryParse(key, out _, out _))
        {
            return Error(StatusCodes.Status400BadRequest, $"period 应形如 2024-Q1,而不是“{key}”。");
        }

        var page = await TaskPages.LoadAsync(periods, key, cancellationToken);
        return page is null ? Error(StatusCodes.Status404NotFound, $"还没有 {PeriodLabels.OfKey(key)} 的通报。") : Ok(page);
    }

    /// <summary>GET /app/api/reports: every report; reports whose bulletins changed are rebuilt first (on demand).</summary>
    public async Task<IResult> ReportsAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (Guard(request, upload: false, out _) is { } denied)
        {
            return denied;
        }

        await publisher.PublishAsync(cancellationToken: cancellationToken);
        var reports = await catalog.ListAsync(cancellationToken);
        return Ok(reports.OrderByDescending(r => r.Year).ThenBy(r => r.Name, StringComparer.Ordinal).Select(r => new
        {
            r.Name,
            r.Period,
            Label = r.Period.Length == 4 ? $"{r.Period}年全年" : PeriodLabels.OfKey(r.Period),
            r.Year,
            r.Size,
            r.BuiltAt,
            Url = $"/{WebRoutes.Api}/reports/{r.Path}",
        }));
    }

    /// <summary>GET /app/api/reports/{year}/{file}: the PDF as a download.</summary>
    public async Task<IResult> ReportFileAsync(HttpRequest request, string year, string file, CancellationToken cancellationToken)
    {
        if (Guard(request, upload: false, out _) is { } denied)
        {
            return denied;
        }

        if (!ReportBlobNames.TryResolve(year, file, out _))
        {
            return Error(StatusCodes.Status400BadRequest, "报告路径无效:应为 年份/wuhu-年份-annual.pdf 或 wuhu-年份-q1.pdf … q4.pdf。");
        }

        var report = await catalog.OpenAsync(year, file, cancellationToken);
        return report is null
            ? Error(StatusCodes.Status404NotFound, $"没有报告 {year}/{file}。")
            : Results.Stream(report.Content, "application/pdf", report.FileName);
    }

    /// <summary>POST /app/api/reports/{year}: staff rebuild that year's reports now.</summary>
    public async Task<IResult> RebuildAsync(HttpRequest request, string year, CancellationToken cancellationToken)
    {
        if (Guard(request, upload: true, out _) is { } denied)
        {
            return denied;
        }

        if (year.Length != 4 || !int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y))
        {
            return Error(StatusCodes.Status400BadRequest, $"年份应为四位数字,而不是“{year}”。");
        }

        var outcomes = await publisher.PublishAsync(y, force: true, cancellationToken);
        return outcomes.Count == 0
            ? Error(StatusCodes.Status404NotFound, $"{y} 年还没有通报,无法生成报告。")
            : Ok(outcomes.Select(o => new { Path = o.BlobName, o.Period, o.Size, o.BuiltAt }));
    }

    /// <summary>GET /app/api/export?period=2024-Q1 or ?year=2024: the tasks as .xlsx (a year gives one sheet per period).</summary>
    public async Task<IResult> ExportAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (Guard(request, upload: false, out _) is { } denied)
        {
            return denied;
        }

        var key = request.Query["period"].ToString();
        var yearText = request.Query["year"].ToString();
        List<TaskPage> pages;
        string fileName;
        if (PeriodLabels.TryParse(key, out var py, out var pq))
        {
            pages = await TaskPages.LoadAsync(periods, key, cancellationToken) is { } page ? [page] : [];
            fileName = $"wuhu-{py}-q{pq}-tasks.xlsx";
        }
        else if (yearText.Length == 4 && int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            pages = await TaskPages.LoadYearAsync(periods, year, cancellationToken);
            fileName = $"wuhu-{year}-tasks.xlsx";
        }
        else
        {
            return Error(StatusCodes.Status400BadRequest, "请指定 period=2024-Q1 这样的期间,或 year=2024 这样的年份。");
        }

        if (pages.Count == 0)
        {
            return Error(StatusCodes.Status404NotFound, "该期间还没有通报,无可导出的任务。");
        }

        var bytes = TaskWorkbook.Write([.. pages.Select(p => new TaskWorkbook.Sheet(p.Label, p.Tasks))]);
        return Results.File(bytes, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", fileName);
    }

    /// <summary>Null when the caller may go on; otherwise the 401/403/400 answer.</summary>
    private IResult? Guard(HttpRequest request, bool upload, out WebUser? user)
    {
        user = users.Resolve(request);
        if (user is null)
        {
            return Error(StatusCodes.Status401Unauthorized, "请先登录。");
        }

        if (upload ? !user.CanUpload : !user.CanRead)
        {
            return Error(StatusCodes.Status403Forbidden, upload
                ? $"{user.Name} 没有“上传者”角色,不能上传或重新生成报告。请联系管理员分配角色。"
                : $"{user.Name} 没有“查阅者”或“上传者”角色。请联系管理员分配角色。");
        }

        if (HttpMethods.IsPost(request.Method) && request.Headers[RequestHeader].ToString() != "1")
        {
            return Error(StatusCodes.Status400BadRequest, $"缺少请求头 {RequestHeader}: 1(防止其他网站代为提交)。");
        }

        return null;
    }

    private static IResult Ok(object body) => Results.Json(body, Json);

    private static IResult Error(int status, string message) => Results.Json(new { Error = message }, Json, statusCode: status);
}
