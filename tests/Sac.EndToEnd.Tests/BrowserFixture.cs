using Microsoft.Playwright;

namespace Sac.EndToEnd.Tests;

/// <summary>
/// Debian's Chromium driven by Playwright (no browser download: the package's driver is used with
/// /usr/bin/chromium), and the application on Kestrel. One of each for the test class.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? playwright;

    public IBrowser Browser { get; private set; } = null!;

    public KestrelSacAppFactory App { get; } = new();

    public static string ScreenshotDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"End-to-end tests need Chromium at {ChromiumPath}: run .ci/install-prerequisites (apt-get install chromium).");
        }

        Directory.CreateDirectory(ScreenshotDirectory);
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
            ],
        });
    }

    public static string Screenshot(string locale, string name) => Path.Combine(ScreenshotDirectory, $"{locale}-{name}.png");

    public Task SignInAsync(IPage page, string email, string password) => SignInAsync(page, App.BaseUrl, email, password);

    /// <summary>Signs in on the application at <paramref name="baseUrl"/> (a later instance of <see cref="App"/>).</summary>
    public static async Task SignInAsync(IPage page, string baseUrl, string email, string password)
    {
        await page.GotoAsync($"{baseUrl}/Account/SignIn");
        await page.FillAsync("#Email", email);
        await page.FillAsync("#Password", password);
        await page.ClickAsync("#sign-in");
        await page.WaitForURLAsync(url => !url.Contains("/Account/SignIn", StringComparison.OrdinalIgnoreCase));
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        playwright?.Dispose();
        await App.DisposeAsync();
    }
}
