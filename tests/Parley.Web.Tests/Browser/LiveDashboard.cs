using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Parley.Web.Tests.Browser;

/// <summary>
/// The dashboard on a real Kestrel listening on a free loopback port, and Debian's chromium driven
/// headless by Playwright (no browser download). Screenshots go to TestResults/screenshots beside the tests.
/// </summary>
public sealed class LiveDashboard : IAsyncLifetime
{
    /// <summary>Where Debian installs chromium (.ci/run installs it).</summary>
    public const string Chromium = "/usr/bin/chromium";

    private WebApplication? _app;
    private IPlaywright? _playwright;

    /// <summary>The dashboard's address, e.g. http://127.0.0.1:41234.</summary>
    public string BaseUrl { get; private set; } = "";

    /// <summary>The browser.</summary>
    public IBrowser Browser { get; private set; } = default!;

    /// <summary>The folder of the screenshots.</summary>
    public static string Screenshots { get; } = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    public async Task InitializeAsync()
    {
        _app = ParleyWebHost.Create([], new ServeSettings { Urls = "http://127.0.0.1:0" });
        await _app.StartAsync();
        BaseUrl = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox"],
        });
        Directory.CreateDirectory(Screenshots);
    }

    /// <summary>A new page in its own browser context (its own cookies: one person), at laptop size.</summary>
    public async Task<IPage> NewPage()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1366, Height = 768 }, BaseURL = BaseUrl });
        context.SetDefaultTimeout(60_000);
        return await context.NewPageAsync();
    }

    /// <summary>Opens <paramref name="path"/> and waits until the page is live (its Blazor circuit connected).</summary>
    public static async Task Open(IPage page, string path)
    {
        await page.GotoAsync(path);
        await Live(page);
    }

    /// <summary>Waits until the page's circuit is connected.</summary>
    public static Task Live(IPage page) => page.Locator("#live[data-interactive=yes]").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });

    /// <summary>Saves a full-page screenshot named <paramref name="name"/>.png.</summary>
    public static Task Shoot(IPage page, string name) => page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, name + ".png"), FullPage = true });

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }
        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}

/// <summary>The browser tests share one dashboard and one browser, and run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<LiveDashboard>
{
    public const string Name = "browser";
}
