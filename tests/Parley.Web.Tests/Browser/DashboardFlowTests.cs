using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;
using Parley.Formats.Scenario;
using Parley.Web.Tests.Support;

namespace Parley.Web.Tests.Browser;

/// <summary>The flows a person goes through in a browser: amend a text, run a Monte Carlo, play a side, play each other.</summary>
[Collection(BrowserCollection.Name)]
public sealed class DashboardFlowTests(LiveDashboard dashboard)
{
    [Fact]
    public async Task Changing_a_clause_shows_each_partys_utility_as_parley_amend_computes_it()
    {
        var scenario = ScenarioReader.ReadFile(Repo.Gaza);
        var text = scenario.Texts[0].Complete(scenario.Space, scenario.Defaults);
        var issue = scenario.Space.Issues[0];
        var value = (text[0] + 1) % issue.ValueCount;
        using var amend = JsonDocument.Parse(ParleyCli.Output("amend", Repo.Gaza, "--text", scenario.Texts[0].Name, "--set", $"{issue.Name}={issue.FormatValue(value)}", "--format", "json"));

        var page = await dashboard.NewPage();
        await LiveDashboard.Open(page, "/scenarios/gaza-2025");
        foreach (var party in amend.RootElement.GetProperty("parties").EnumerateArray())
        {
            var row = page.Locator($"#impact tr[data-party=\"{party.GetProperty("party").GetString()}\"]");
            Assert.Equal(F(party.GetProperty("before").GetDouble()), await row.Locator("td.after").InnerTextAsync());
        }
        await page.Locator("#clause-0").SelectOptionAsync(value.ToString(CultureInfo.InvariantCulture));
        foreach (var party in amend.RootElement.GetProperty("parties").EnumerateArray())
        {
            var row = page.Locator($"#impact tr[data-party=\"{party.GetProperty("party").GetString()}\"]");
            await Assertions.Expect(row.Locator("td.after")).ToHaveTextAsync(F(party.GetProperty("after").GetDouble()));
            Assert.Equal(F(party.GetProperty("before").GetDouble()), await row.Locator("td.before").InnerTextAsync());
        }
        var inRange = amend.RootElement.GetProperty("inRangeAfter").GetBoolean();
        await Assertions.Expect(page.Locator("#range-verdict")).ToContainTextAsync(new System.Text.RegularExpressions.Regex(inRange ? "stays inside" : "out of the bargaining range|outside the bargaining range"));
        await LiveDashboard.Shoot(page, "amend-a-clause");
    }

    [Fact]
    public async Task A_Monte_Carlo_runs_to_completion_with_charts_and_downloads()
    {
        var page = await dashboard.NewPage();
        await LiveDashboard.Open(page, "/scenarios/gaza-2025");
        await page.Locator("#run-count").FillAsync("150");
        await page.Locator("#run-seed").FillAsync("3");
        await page.Locator("#run-start").ClickAsync();
        await page.Locator("#run-status[data-status=done]").WaitForAsync(new LocatorWaitForOptions { Timeout = 120_000 });
        await Assertions.Expect(page.Locator("#run-summary")).ToBeVisibleAsync();
        Assert.True(await page.Locator("#runs figure.chart img").CountAsync() >= 2, "the endings and casualty charts are shown");
        var report = await page.Locator("#run-report").GetAttributeAsync("href");
        var response = await page.APIRequest.GetAsync(report!);
        Assert.Contains("<html", await response.TextAsync(), StringComparison.OrdinalIgnoreCase);
        await page.Locator("#run-status").ScrollIntoViewIfNeededAsync();
        await LiveDashboard.Shoot(page, "monte-carlo-done");
    }

    [Fact]
    public async Task Closing_the_tab_cancels_its_Monte_Carlo()
    {
        var page = await dashboard.NewPage();
        await LiveDashboard.Open(page, "/scenarios/gaza-2025");
        await page.Locator("#run-count").FillAsync("100000");
        await page.Locator("#run-start").ClickAsync();
        var id = await page.Locator("#run-status").GetAttributeAsync("data-run");
        // Closing the tab as a browser does: the page unloads, and Blazor tells the server its circuit is gone.
        await page.CloseAsync(new PageCloseOptions { RunBeforeUnload = true });
        using var http = new HttpClient { BaseAddress = new Uri(dashboard.BaseUrl) };
        string? status = null;
        for (var i = 0; i < 300 && status != "cancelled"; i++)
        {
            await Task.Delay(100);
            using var json = JsonDocument.Parse(await http.GetStringAsync(new Uri($"/api/runs/{id}", UriKind.Relative)));
            status = json.RootElement.GetProperty("status").GetString();
        }
        Assert.Equal("cancelled", status);
    }

    [Fact]
    public async Task A_person_walks_out_with_the_keyboard_and_sees_the_debrief()
    {
        var page = await dashboard.NewPage();
        await LiveDashboard.Open(page, "/play/gaza-2025");
        await page.Locator("#play-side").SelectOptionAsync("0");
        await page.Locator("#play-name").FillAsync("Ada");
        await page.Locator("#play-start").ClickAsync();
        await page.Locator("#seat-turn").WaitForAsync();
        await Assertions.Expect(page.Locator("#text-utility")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^-?\d\.\d{3}$"));
        await Assertions.Expect(page.Locator("#war-news")).ToContainTextAsync("dead so far");
        // The front as the seat's own side sees it: battles, territory and its own value of fighting on only.
        await Assertions.Expect(page.Locator("#war-front")).ToContainTextAsync("Battles this round:");
        await Assertions.Expect(page.Locator("#war-front")).ToContainTextAsync("Your side's value of fighting on:");
        await LiveDashboard.Shoot(page, "play-turn");
        await page.Locator("#seat-walkout").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#game-ending")).ToContainTextAsync("walked out in round 1");
        await Assertions.Expect(page.Locator("#advice tbody tr")).ToHaveCountAsync(1);
        await LiveDashboard.Shoot(page, "play-walkout");
    }

    [Fact]
    public async Task A_person_plays_a_side_to_the_end_of_the_talks()
    {
        var page = await dashboard.NewPage();
        await LiveDashboard.Open(page, "/play/gaza-2025");
        await page.Locator("#play-side").SelectOptionAsync("1");
        await page.Locator("#play-rounds").FillAsync("4");
        await page.Locator("#play-start").ClickAsync();
        var turns = 0;
        while (true)
        {
            await page.Locator("#seat-turn, #debrief").First.WaitForAsync();
            if (await page.Locator("#debrief").CountAsync() > 0)
            {
                break;
            }
            var round = await page.Locator("#seat-turn h2").InnerTextAsync();
            // Ask for a different first clause in the first round, accept after that.
            if (turns == 0)
            {
                var current = await page.Locator("#ask-0").InputValueAsync();
                var options = await page.Locator("#ask-0 option").CountAsync();
                await page.Locator("#ask-0").SelectOptionAsync(((int.Parse(current, CultureInfo.InvariantCulture) + 1) % options).ToString(CultureInfo.InvariantCulture));
                await page.Locator("#seat-amend").ClickAsync();
            }
            else
            {
                await page.Locator("#seat-accept").ClickAsync();
            }
            turns++;
            await page.WaitForFunctionAsync("r => { const h = document.querySelector('#seat-turn h2'); return !h || h.innerText !== r; }", round);
        }
        Assert.InRange(turns, 1, 4);
        await Assertions.Expect(page.Locator("#game-ending")).ToContainTextAsync(new System.Text.RegularExpressions.Regex("agreement in round|walked out|deadline"));
        await Assertions.Expect(page.Locator("#advice tbody tr")).ToHaveCountAsync(turns);
        await Assertions.Expect(page.Locator("#trace li").First).ToContainTextAsync("mediator");
        if ((await page.Locator("#game-ending").InnerTextAsync()).Contains("agreement in round", StringComparison.Ordinal))
        {
            // The report's Pareto chart, with the game's agreement marked.
            await Assertions.Expect(page.Locator("#chart-pareto-game figcaption")).ToContainTextAsync("your game's agreement, round");
        }
        await LiveDashboard.Shoot(page, "play-to-the-end");
    }

    [Fact]
    public async Task Two_people_play_each_other_and_the_teacher_sees_the_game()
    {
        var setup = await dashboard.NewPage();
        await LiveDashboard.Open(setup, "/play/gaza-2025");
        await setup.Locator("#play-side").SelectOptionAsync("-1");
        await setup.Locator("#play-class").FillAsync("class-7b");
        await setup.Locator("#play-start").ClickAsync();
        var links = setup.Locator("#play-links a");
        await Assertions.Expect(links).ToHaveCountAsync(2);
        var first = await dashboard.NewPage();
        var second = await dashboard.NewPage();
        await LiveDashboard.Open(first, (await links.Nth(0).GetAttributeAsync("href"))!);
        await LiveDashboard.Open(second, (await links.Nth(1).GetAttributeAsync("href"))!);
        await first.Locator("#seat-accept").ClickAsync();
        await second.Locator("#seat-accept").ClickAsync();
        await Assertions.Expect(first.Locator("#game-ending")).ToContainTextAsync("agreement in round 1");
        await Assertions.Expect(second.Locator("#game-ending")).ToContainTextAsync("agreement in round 1");

        var teacher = await dashboard.NewPage();
        await LiveDashboard.Open(teacher, "/class/class-7b");
        await Assertions.Expect(teacher.Locator("#class-games tbody tr")).ToHaveCountAsync(1);
        await Assertions.Expect(teacher.Locator("#class-games tbody tr")).ToContainTextAsync("agreement in round 1");
        await LiveDashboard.Shoot(teacher, "class-debrief");
    }

    private static string F(double x) => x.ToString("0.0000", CultureInfo.InvariantCulture);
}
