using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.Playwright;
using UglyToad.PdfPig;
using Wuhu.Storage;
using Wuhu.Storage.Ingestion;
using Wuhu.Testing;
using Wuhu.Web.Api;
using Wuhu.Web.Tests.Support;

namespace Wuhu.Web.Tests;

/// <summary>
/// The web app in a real Chromium, as staff and managers use it: upload (picker, drag and drop, keyboard only),
/// history, task filters, report and Excel downloads. Every page load also checks that no request leaves 127.0.0.1.
/// </summary>
[Collection(AzuriteFixture.Collection)]
public sealed class BrowserTests(AzuriteFixture azurite, ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    private static readonly string[] SampleFiles = Directory.GetFiles(Samples.RepoSamples).Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public async Task Uploading_the_repository_samples_shows_each_accepted_with_period_and_task_count_then_in_the_history()
    {
        await using var site = await WebSite.StartAsync(azurite, chromium, withSamples: false);
        await site.GoAsync("upload");

        await site.Page.SetInputFilesAsync("#files", SampleFiles);

        var accepted = site.Page.Locator("#upload-list li.accepted");
        await Assertions.Expect(accepted).ToHaveCountAsync(SampleFiles.Length, new() { Timeout = 60_000 });
        foreach (var file in SampleFiles)
        {
            var row = site.Page.Locator("#upload-list li", new() { HasText = Path.GetFileName(file) });
            await Assertions.Expect(row).ToContainTextAsync("已接收");
            await Assertions.Expect(row).ToContainTextAsync("项任务");
            await Assertions.Expect(row).ToContainTextAsync("2024年");
            Assert.DoesNotContain("null", await row.InnerTextAsync());
        }

        await site.ShotAsync("upload-accepted");
        await site.Page.ClickAsync("nav a[href='#history']");
        var rows = site.Page.Locator("#history-table tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(SampleFiles.Length);
        await site.ShotAsync("history");
        await Assertions.Expect(rows.First).ToContainTextAsync("本机用户");
        Assert.All(await new IngestionRecordStore(site.Storage).ListAsync(), r => Assert.StartsWith("本机用户", r.UploadedBy));
    }

    [Fact]
    public async Task A_bad_file_shows_its_reason_in_chinese_and_what_to_do()
    {
        await using var site = await WebSite.StartAsync(azurite, chromium, withSamples: false);
        await site.GoAsync("upload");
        var bad = Path.Combine(Directory.CreateTempSubdirectory("wuhu-web-bad-").FullName, "会议纪要.txt");
        await File.WriteAllTextAsync(bad, "关于近期工作的几点说明\n一、各单位要高度重视。\n二、请按时报送材料。\n");

        await site.Page.SetInputFilesAsync("#files", bad);

        var row = site.Page.Locator("#upload-list li.rejected");
        await Assertions.Expect(row).ToHaveCountAsync(1, new() { Timeout = 30_000 });
        var record = Assert.Single(await new IngestionRecordStore(site.Storage).ListAsync());
        Assert.Equal(IngestionOutcome.Rejected, record.Outcome);
        var expected = OutcomeTexts.Explain(record);
        await Assertions.Expect(row).ToContainTextAsync("未接收");
        await Assertions.Expect(row).ToContainTextAsync(expected.Reason);
        await Assertions.Expect(row).ToContainTextAsync("怎么办:" + expected.WhatToDo);
        var text = await row.InnerTextAsync();
        Assert.DoesNotContain(record.ReasonCode!, text); // the code is for machines; people read Chinese
        Assert.DoesNotContain("null", text);
        Assert.DoesNotContain("undefined", text);
        await site.ShotAsync("upload-rejected");
    }

    [Fact]
    public async Task Several_files_dropped_on_the_page_are_uploaded_one_by_one()
    {
        await using var site = await WebSite.StartAsync(azurite, chromium, withSamples: false);
        await site.GoAsync("upload");
        var files = SampleFiles.Where(f => f.EndsWith(".txt", StringComparison.Ordinal)).Take(2)
            .Select(f => new { name = Path.GetFileName(f), bytes = Convert.ToBase64String(File.ReadAllBytes(f)) }).ToArray();

        // What a drag from the file manager delivers: a drop event whose DataTransfer holds the files.
        var transfer = await site.Page.EvaluateHandleAsync(@"files => {
            const transfer = new DataTransfer();
            for (const f of files) {
                const bytes = Uint8Array.from(atob(f.bytes), c => c.charCodeAt(0));
                transfer.items.add(new File([bytes], f.name, { type: 'text/plain' }));
            }
            return transfer;
        }", files);
        await site.Page.DispatchEventAsync("#drop", "dragenter", new { dataTransfer = transfer });
        await Assertions.Expect(site.Page.Locator("#drop")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("over"));
        await site.Page.DispatchEventAsync("#drop", "drop", new { dataTransfer = transfer });

        await Assertions.Expect(site.Page.Locator("#upload-list li.accepted")).ToHaveCountAsync(2, new() { Timeout = 30_000 });
        await Assertions.Expect(site.Page.Locator("#drop")).Not.ToHaveClassAsync(new System.Text.RegularExpressions.Regex("over"));
    }

    [Fact]
    public async Task The_upload_page_works_with_the_keyboard_alone()
    {
        await using var site = await WebSite.StartAsync(azurite, chromium, withSamples: false);
        await site.GoAsync("upload");

        // Tab from the top of the page to the file picker; the focus must be visible on the way.
        var reached = false;
        for (var i = 0; i < 15 && !reached; i++)
        {
            await site.Page.Keyboard.PressAsync("Tab");
            reached = await site.Page.EvaluateAsync<bool>("() => document.activeElement && document.activeElement.id === 'files'");
        }

        Assert.True(reached, "Tab never reached the file picker");
        var outline = await site.Page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('label[for=files]')).outlineStyle");
        Assert.NotEqual("none", outline);
        var chooser = await site.Page.RunAndWaitForFileChooserAsync(() => site.Page.Keyboard.PressAsync("Space"));
        await chooser.SetFilesAsync(SampleFiles[0]);
        await Assertions.Expect(site.Page.Locator("#upload-list li.accepted")).ToHaveCountAsync(1, new() { Timeout = 30_000 });

        // The navigation is reachable and usable by keyboard too.
        await site.Page.FocusAsync("nav a[href='#history']");
        await site.Page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(site.Page.Locator("#view-history")).ToBeVisibleAsync();
        await Assertions.Expect(site.Page.Locator("#history-table tbody tr")).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task Tasks_filter_by_status_unit_and_text_and_compare_with_the_previous_quarter()
    {
        await using var site = await WebSite.StartAsync(azurite, chromium, withSamples: true);
        var page = await TaskPages.LoadAsync(new PublishedPeriodReader(site.Storage), "2024-Q3", CancellationToken.None);
        Assert.NotNull(page);
        await site.GoAsync("tasks");
        await site.Page.SelectOptionAsync("#f-period", "2024-Q3");
        var rows = site.Page.Locator("#tasks-table tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(page.Tasks.Count);

        var status = page.Statuses.First(s => s.Count > 0 && s.Count < page.Tasks.Count);
        await site.Page.SelectOptionAsync("#f-status", status.Status);
        await Assertions.Expect(rows).ToHaveCountAsync(status.Count);
        foreach (var badge in await rows.Locator("td.status .badge").AllInnerTextsAsync())
        {
            Assert.Equal(status.Label, badge);
        }

        await site.Page.SelectOptionAsync("#f-status", "");
        var unit = page.Units[0];
        await site.Page.SelectOptionAsync("#f-unit", unit);
        await Assertions.Expect(rows).ToHaveCountAsync(page.Tasks.Count(t => t.LeadUnits.Contains(unit) || t.PartnerUnits.Contains(unit)));

        await site.Page.SelectOptionAsync("#f-unit", "");
        var word = page.Tasks[0].Text[..4];
        await site.Page.FillAsync("#f-text", word);
        await Assertions.Expect(rows).ToHaveCountAsync(page.Tasks.Count(t => new[] { t.Text, t.Progress, t.Section ?? "", t.Remarks ?? "" }.Concat(t.LeadUnits).Any(s => s.Contains(word, StringComparison.Ordinal))));
        await site.Page.FillAsync("#f-text", "");

        Assert.Equal("2024-Q2", page.PreviousPeriod);
        await Assertions.Expect(site.Page.Locator("#tasks-table th.compare-col")).ToBeHiddenAsync();
        await site.Page.CheckAsync("#f-compare");
        await Assertions.Expect(site.Page.Locator("#tasks-table th.compare-col")).ToBeVisibleAsync();
        await Assertions.Expect(site.Page.Locator("#tasks-summary")).ToContainTextAsync($"与{page.PreviousLabel}相比");
        var changedOrNew = page.Tasks.Count(t => t.Previous!.Change != "same");
        await Assertions.Expect(site.Page.Locator("#tasks-table tr.changed-row")).ToHaveCountAsync(changedOrNew);
        await site.ShotAsync("tasks-compare");
    }

    [Fact]
    public async Task A_report_pdf_and_an_excel_export_download_and_open()
    {
        await using var site = await WebSite.StartAsync(azurite, chromium, withSamples: true);
        await site.GoAsync("reports");
        var links = site.Page.Locator("#reports-table a.button", new() { HasText = "下载 PDF" });
        await Assertions.Expect(links).ToHaveCountAsync(4, new() { Timeout = 60_000 }); // built on demand: annual + Q1–Q3 (a full-year bulletin makes only the annual)

        await site.ShotAsync("reports");
        var download = await site.Page.RunAndWaitForDownloadAsync(() => links.First.ClickAsync());
        var pdfPath = Path.Combine(Path.GetTempPath(), $"wuhu-web-{Guid.NewGuid():N}.pdf");
        await download.SaveAsAsync(pdfPath);
        Assert.Equal("wuhu-2024-annual.pdf", download.SuggestedFilename);
        using (var pdf = PdfDocument.Open(pdfPath))
        {
            Assert.True(pdf.NumberOfPages > 1);
            Assert.Contains("2024", string.Concat(pdf.GetPage(1).Letters.Select(l => l.Value)));
        }

        await site.Page.ClickAsync("nav a[href='#tasks']");
        await site.Page.SelectOptionAsync("#f-period", "2024-Q4");
        await Assertions.Expect(site.Page.Locator("#tasks-table tbody tr")).ToHaveCountAsync(12);
        download = await site.Page.RunAndWaitForDownloadAsync(() => site.Page.ClickAsync("#export-period"));
        var xlsxPath = Path.Combine(Path.GetTempPath(), $"wuhu-web-{Guid.NewGuid():N}.xlsx");
        await download.SaveAsAsync(xlsxPath);
        Assert.Equal("wuhu-2024-q4-tasks.xlsx", download.SuggestedFilename);
        using (var workbook = SpreadsheetDocument.Open(xlsxPath, false))
        {
            var sheet = Assert.Single(workbook.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>());
            Assert.Equal("2024年全年", sheet.Name!.Value);
            var rows = ((WorksheetPart)workbook.WorkbookPart.GetPartById(sheet.Id!)).Worksheet.Descendants<Row>().ToList();
            Assert.Equal(13, rows.Count);
            var header = rows[0].Elements<Cell>().Select(c => c.InnerText).ToList();
            Assert.Equal(["序号", "工作任务", "牵头责任单位", "完成情况", "状态", "判定依据", "量化目标", "备注"], header);
            Assert.Equal("1", rows[1].Elements<Cell>().First().InnerText);
        }

        File.Delete(pdfPath);
        File.Delete(xlsxPath);
    }

    [Fact]
    public async Task Staff_rebuild_a_years_reports_from_the_reports_page()
    {
        await using var site = await WebSite.StartAsync(azurite, chromium, withSamples: true);
        await site.GoAsync("reports");
        var rebuild = site.Page.Locator("#rebuild-actions button", new() { HasText = "立即重新生成 2024 年报告" });
        await Assertions.Expect(rebuild).ToBeVisibleAsync(new() { Timeout = 60_000 });
        var before = await new Storage.Reports.ReportCatalog(site.Storage).ListAsync();

        await rebuild.ClickAsync();

        await Assertions.Expect(site.Page.Locator("#reports-status")).ToContainTextAsync("已重新生成 2024 年的 4 份报告", new() { Timeout = 60_000 });
        var after = await new Storage.Reports.ReportCatalog(site.Storage).ListAsync();
        Assert.All(after, r => Assert.True(r.BuiltAt > before.Single(b => b.Path == r.Path).BuiltAt, $"{r.Path} was not rebuilt"));
    }
}
