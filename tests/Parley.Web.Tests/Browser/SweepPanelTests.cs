using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Parley.Web.Tests.Support;

namespace Parley.Web.Tests.Browser;

/// <summary>
/// The scenario page's sweep panel submits a sweep to the dashboard's cluster (one silo on loopback) and
/// follows it to the end, storing the rows <c>parley sweep</c> stores for the same command; a
/// dashboard without a cluster shows no panel.
/// </summary>
public sealed class SweepPanelTests(LiveDashboard plain) : IClassFixture<LiveDashboard>
{
    [Fact]
    public async Task A_sweep_submitted_from_the_page_runs_on_the_cluster_to_the_end()
    {
        await using var cluster = await LoopbackCluster.StartAsync("parley-web-sweep-panel", 36000);
        var app = ParleyWebHost.Create([], new ServeSettings { Urls = "http://127.0.0.1:0", WarmUp = false }, services => services.AddSingleton(cluster.Sweeps));
        await app.StartAsync();
        try
        {
            var url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            var context = await plain.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = url, ViewportSize = new ViewportSize { Width = 1366, Height = 768 } });
            context.SetDefaultTimeout(60_000);
            var page = await context.NewPageAsync();
            await LiveDashboard.Open(page, "/scenarios/gaza-2025");
            await page.Locator("#sweep-vary").FillAsync("war.control_step=0.01,0.03");
            await page.Locator("#sweep-hypothesis").SelectOptionAsync("limited-aims");
            await page.Locator("#sweep-runs").FillAsync("60");
            await page.Locator("#sweep-seed").FillAsync("3");
            await page.Locator("#sweep-start").ClickAsync();
            var status = page.Locator("#sweep-status[data-status=done]");
            await status.WaitForAsync(new LocatorWaitForOptions { Timeout = 120_000 });
            // 2 points x 60 runs.
            Assert.Contains("120 of 120 runs stored", await status.InnerTextAsync(), StringComparison.Ordinal);
            var experiment = await status.GetAttributeAsync("data-experiment");
            await LiveDashboard.Shoot(page, "sweep-on-the-cluster");

            Assert.Matches("^[0-9a-f]{16}$", experiment);

            // The same sweep on the command line stores the same rows.
            var local = cluster.LocalSweepExport("--vary", "war.control_step=0.01,0.03", "--hypothesis", "limited-aims", "--runs", "60", "--seed", "3");
            Assert.Equal(local, cluster.ClusterExport());
            await context.CloseAsync();
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    [Fact]
    public async Task Without_a_cluster_the_page_has_no_sweep_panel()
    {
        var page = await plain.NewPage();
        await LiveDashboard.Open(page, "/scenarios/gaza-2025");
        await Assertions.Expect(page.Locator("#runs")).ToBeVisibleAsync();
        Assert.Equal(0, await page.Locator("#sweeps").CountAsync());
    }
}
