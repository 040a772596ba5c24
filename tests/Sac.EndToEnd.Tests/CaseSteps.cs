using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Sac.Application.Deadlines;

namespace Sac.EndToEnd.Tests;

/// <summary>What an official does on a case page and in the post tray, shared by the journeys that take a case through its procedure.</summary>
internal static class CaseSteps
{
    public static async Task OpenCaseAsync(IPage page, string baseUrl, Guid caseId) =>
        await page.GotoAsync($"{baseUrl}/Cases/Details/{caseId}");

    public static Task ExpectStatusAsync(IPage page, string status) =>
        Assertions.Expect(page.Locator("#case-status")).ToHaveAttributeAsync("data-status", status);

    /// <summary>Opens a step's form on the case page (each step is a closed &lt;details&gt; until used).</summary>
    public static async Task OpenStepAsync(IPage page, string step)
    {
        var details = page.Locator($"#step-{step}");
        if (await details.GetAttributeAsync("open") is null)
        {
            await details.Locator("summary").ClickAsync();
        }
    }

    /// <summary>
    /// Follows a link of the main menu, opening the menu first where the window is too narrow to show it, and the link's
    /// group when it is in one.
    /// </summary>
    public static async Task OpenMenuItemAsync(IPage page, string link)
    {
        var toggler = page.Locator(".navbar-toggler");
        if (await toggler.IsVisibleAsync())
        {
            await toggler.ClickAsync();
        }

        var item = page.Locator(link);
        if (!await item.IsVisibleAsync())
        {
            await page.Locator($"#main-nav .dropdown:has({link}) > .dropdown-toggle").ClickAsync();
        }

        await item.ClickAsync();
    }

    /// <summary>In the post tray, marks the case's letter of <paramref name="kind"/> as posted on <paramref name="postedOn"/>.</summary>
    public static async Task PostFromTrayAsync(IPage page, string caseNumber, string kind, string postedOn, string? screenshot)
    {
        await OpenMenuItemAsync(page, "#nav-post-tray");
        var row = page.Locator($"#post-tray tr[data-case-number='{caseNumber}'][data-kind='{kind}']");
        await Assertions.Expect(row).ToBeVisibleAsync();
        await row.Locator("input[name='postedOn']").FillAsync(postedOn);
        if (screenshot is not null)
        {
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = true });
        }

        await row.Locator("button[type='submit']").ClickAsync();
        await Assertions.Expect(row).ToHaveCountAsync(0);
    }

    /// <summary>Runs the deadline job's command for the case, as the job would on <paramref name="app"/>'s day.</summary>
    public static async Task ApplyDueDeadlinesAsync(KestrelSacAppFactory app, Guid caseId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var applied = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new ApplyDueDeadlinesCommand(caseId));
        Assert.True(applied.IsSuccess);
    }
}
