using Microsoft.Playwright;

namespace Sac.EndToEnd.Tests;

/// <summary>
/// The statistics page draws every chart with the locally served Chart.js, under the Content-Security-Policy: each canvas
/// has a chart and a size, and the browser reports no violation.
/// </summary>
public sealed class StatisticsChartsTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task The_statistics_page_draws_its_charts_without_breaking_the_policy()
    {
        await using var context = await fixture.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error" || message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                problems.Add(message.Text);
            }
        };
        page.PageError += (_, error) => problems.Add(error);

        await fixture.SignInAsync(page, "official@demo.sac", "Demo-Official-2025!");
        var response = await page.GotoAsync($"{fixture.App.BaseUrl}/Statistics", new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        Assert.True(response is { Ok: true }, $"/Statistics answered {response?.Status}");

        var canvases = page.Locator("canvas[data-chart]");
        Assert.Equal(6, await canvases.CountAsync());
        var drawn = await page.EvaluateAsync<bool[]>(
            "() => [...document.querySelectorAll('canvas[data-chart]')].map(c => Chart.getChart(c) !== undefined && c.width > 0 && c.height > 0)");
        Assert.All(drawn, Assert.True);
        Assert.Equal(6, await page.Locator("table[data-chart-table]").CountAsync());
        Assert.Empty(problems);
    }
}
