using Parley.Formats.Yaml;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Parley.Analysis;
using Parley.Analysis.DealKillers;
using Parley.Domain.Endings;
using Parley.Conflict.WarProcess;
using Parley.Domain.Scenarios;
using Parley.Formats.Scenario;
using Parley.Simulation;
using Parley.Conflict.Scenarios;

namespace Parley.Tests.Scenarios;

/// <summary>
/// The Korean armistice scenario (scenarios/korea-1951): it loads, every cited number is the facts
/// file's figure, the derived casualty rates are the facts file's figures worked through by hand, and
/// the analysis finds the historical armistice in the bargaining range under the default hypothesis.
/// </summary>
public sealed partial class Korea1951Tests
{
    private static readonly Lazy<Scenario> Loaded = new(() => ScenarioReader.ReadFile(KoreaFiles.Scenario));

    private static Scenario Korea => Loaded.Value;

    private static readonly Lazy<PositionedJson> Document = new(() => YamlToJson.ReadFile(KoreaFiles.Scenario));

    [Fact]
    public void The_scenario_loads_and_every_number_is_cited_or_marked_as_an_assumption()
    {
        Assert.Equal(["UNC", "Communist side"], Korea.Signatories.Select(p => p.Name));
        Assert.Equal(["demarcation line", "prisoner repatriation", "supervision", "political conference"], Korea.Space.Issues.Select(i => i.Name));
        Assert.Equal(["post-stalin", "stalin-line", "opening-1951", "from-july-1951"], Korea.HypothesisNames.ToArray());
        Assert.NotNull(Korea.War);
        Assert.Equal(2, Korea.War!.Sides.Length);
        Assert.All(Korea.CitedValues, c => Assert.True(c.Citation is not null, $"{c.Path} = {c.Value} has neither a source nor an assumption"));
        // Every issue and text says where it comes from.
        foreach (var pointer in new[] { "issues", "texts" })
        {
            Assert.All(Document.Value.Root.GetProperty(pointer).EnumerateArray(), e => Assert.True(e.TryGetProperty("source", out _), $"{pointer}: {e.GetProperty("name")} cites no source"));
        }
    }

    [KoreaFactsFact]
    public void Every_source_is_named_as_the_facts_file_names_it()
    {
        var facts = KoreaFiles.NormalisedFacts();
        Assert.All(Korea.Sources, s => Assert.True(facts.Contains(Normalise(s.Title), StringComparison.Ordinal), $"source '{s.Id}': \"{s.Title}\" is not named in korea-1951-facts.md"));
    }

    [KoreaFactsFact]
    public void Every_cited_number_is_quoted_from_the_facts_file_and_equals_a_figure_in_the_quote()
    {
        var facts = KoreaFiles.NormalisedFacts();
        var cited = new List<(string Path, double Value, string? Quote)>();
        CollectCited(Document.Value.Root, "", cited);
        // phase_days, talks_from_day, exchanges_complete_day of the ceasefire.
        Assert.True(cited.Count >= 3, $"only {cited.Count} numbers cite a source");
        foreach (var (path, value, quote) in cited)
        {
            Assert.False(quote is null, $"{path} cites a source but gives no quote: add the facts file's words");
            var q = Normalise(quote!);
            Assert.True(facts.Contains(q, StringComparison.Ordinal), $"{path}: \"{q}\" is not in korea-1951-facts.md");
            var figures = Figures(q);
            Assert.True(figures.Any(f => Math.Abs(f - value) <= 1e-9 * Math.Max(1, Math.Abs(f))), $"{path}: {value} is not a figure of \"{q}\" ({string.Join(", ", figures)})");
        }
        // The reader's audit agrees: the sourced numbers are exactly these.
        Assert.Equal(cited.Count, Korea.CitedValues.Count(c => c.Citation?.SourceId is not null));
    }

    [KoreaFactsFact]
    public void The_talks_lasted_748_days_as_the_facts_file_dates_them()
    {
        var facts = KoreaFiles.NormalisedFacts();
        var open = Date(Regex.Match(facts, @"\| (\d{1,2} \w{3} \d{4}) \| Plenary talks open").Groups[1].Value);
        var signed = Date(Regex.Match(facts, @"\| (\d{1,2} \w{3} \d{4}) \| Armistice signed").Groups[1].Value);
        Assert.Equal(new DateOnly(1951, 7, 10), open);
        Assert.Equal(new DateOnly(1953, 7, 27), signed);
        // "2 years and 17 days" (USMC V): 10 Jul 1951 + 2 years = 10 Jul 1953, + 17 days = 27 Jul 1953.
        Assert.Contains("2 years and 17 days", facts, StringComparison.Ordinal);
        Assert.Equal(signed, open.AddYears(2).AddDays(17));
        // 10 Jul 1951 -> 10 Jul 1953 is 365 + 366 (1952 is a leap year) = 731 days, + 17 = 748.
        Assert.Equal(TalkDays, signed.DayNumber - open.DayNumber);
        // The simulated war can outlast the talks.
        Assert.True(Korea.War!.HorizonDays > TalkDays);
    }

    [KoreaFactsFact]
    public void Casualty_rates_are_the_facts_file_figures_worked_through_by_hand()
    {
        var facts = KoreaFiles.NormalisedFacts();
        var side1 = Figure(facts, @"Side 1 \(UN/ROK\): ([\d,]+)");       // 170,893 (COW)
        var side2 = Figure(facts, @"Side 2: ([\d,]+)");                  // 739,191 (COW)
        var cowUsa = Figure(facts, @"USA ([\d,]+), ROK");                // 54,487 (COW, includes deaths outside the theatre)
        var dodUsa = Figure(facts, @"([\d,]+) hostile deaths");          // 33,739 (DoD)
        var lowShare = Figure(facts, @"That is ≈(\d+)%") / 100;          // 41% (USMC V: ~56,000 of >136,000)
        var highShare = Figure(facts, @"~(\d+)% of all US casualties") / 100; // 45% (Hastings)
        Assert.Equal(side2, Figure(facts, @"China ([\d,]+),") + Figure(facts, @"North Korea ([\d,]+)\."));

        // UNC: 170,893 - 54,487 + 33,739 = 150,145 battle deaths with DoD's in-theatre US figure;
        // x (0.41 + 0.45) / 2 = 0.43 / 748 days = 86.31 per day; low 0.41 x 150,145 / 748 = 82.30;
        // high 0.45 x 170,893 / 748 = 102.81; sd 25% of the mean = 21.58.
        var unc = DeathRate("UNC");
        var corrected = side1 - cowUsa + dodUsa;
        Assert.Equal(150_145, corrected);
        var mid = (lowShare + highShare) / 2;
        Assert.Equal(Math.Round(corrected * mid / TalkDays, 1), unc.Mean);
        Assert.Equal(Math.Round(corrected * lowShare / TalkDays, 1), RateBound("UNC", "low"));
        Assert.Equal(Math.Round(side1 * highShare / TalkDays, 1), RateBound("UNC", "high"));
        Assert.Equal(Math.Round(0.25 * unc.Mean, 1), unc.StandardDeviation);

        // Communist side: 739,191 x 0.43 / 748 = 424.94 per day; low 0.41 -> 405.17, high 0.45 -> 444.70;
        // sd 25% of 424.9 = 106.2.
        var communist = DeathRate("Communist side");
        Assert.Equal(Math.Round(side2 * mid / TalkDays, 1), communist.Mean);
        Assert.Equal(Math.Round(side2 * lowShare / TalkDays, 1), RateBound("Communist side", "low"));
        Assert.Equal(Math.Round(side2 * highShare / TalkDays, 1), RateBound("Communist side", "high"));
        Assert.Equal(Math.Round(0.25 * communist.Mean, 1), communist.StandardDeviation);
    }

    [Fact]
    public void The_default_hypothesis_has_a_range_holding_the_armistice_at_the_line_of_contact_with_voluntary_repatriation()
    {
        var result = BargainingAnalysis.Analyze(Korea.ToProblem());
        Assert.True(result.BargainingRangeCount > 0);
        var armistice = Korea.Text("armistice-1953").Complete(Korea.Space, Korea.Defaults);
        var described = Korea.Space.Describe(armistice).ToDictionary(kv => kv.Key, kv => kv.Value);
        Assert.Equal("line of contact", described["demarcation line"]);
        Assert.StartsWith("voluntary", described["prisoner repatriation"], StringComparison.Ordinal);

        // UNC:       0.35 x 0.75 + 0.40 x 0.85 + 0.15 x 0.40 + 0.10 x 0.80 = 0.2625 + 0.34 + 0.06 + 0.08 = 0.7425 >= 0.55
        // Communist: 0.30 x 0.35 + 0.40 x 0.45 + 0.10 x 0.75 + 0.20 x 0.60 = 0.105 + 0.18 + 0.075 + 0.12 = 0.48 >= 0.40
        var unc = Korea.Signatories[0].Profile!;
        var communist = Korea.Signatories[1].Profile!;
        Assert.Equal(0.7425, unc.Utility(armistice), 12);
        Assert.Equal(0.48, communist.Utility(armistice), 12);
        Assert.True(unc.Accepts(armistice.ValueIndices.AsSpan()));
        Assert.True(communist.Accepts(armistice.ValueIndices.AsSpan()));

        // The Nash text is the armistice that was signed: (0.7425 - 0.55)(0.48 - 0.40) = 0.0154 beats
        // the Kalai-Smorodinsky text's (0.6825 - 0.55)(0.505 - 0.40) = 0.0139 (minimal supervision).
        Assert.Equal(armistice, result.Nash!.Outcome);
        Assert.Equal(0.1925 * 0.08, (result.Nash.Utilities[0] - 0.55) * (result.Nash.Utilities[1] - 0.40), 12);
    }

    [Fact]
    public void Under_Stalin_the_prisoner_red_line_empties_the_range_and_the_same_terms_are_refused()
    {
        var stalin = Korea.WithHypothesis("stalin-line");
        var result = BargainingAnalysis.Analyze(stalin.ToProblem());
        Assert.Equal(0, result.BargainingRangeCount);
        var issue = Assert.Single(result.DealKillers, k => k.Kind == DealKillerKind.Issue);
        Assert.Equal("prisoner repatriation", issue.Issue);
        var redLine = Assert.Single(result.DealKillers, k => k.Kind == DealKillerKind.RedLine && k.Party == "Communist side");
        Assert.True(redLine.OpensOutcomes > 0);

        // The Indian resolution of Dec 1952 and the armistice of Jul 1953 carry the same terms: refused
        // under the Stalin line, accepted after it.
        var indian = Korea.Text("indian-resolution-1952").Complete(Korea.Space, Korea.Defaults);
        Assert.Equal(Korea.Text("armistice-1953").Complete(Korea.Space, Korea.Defaults), indian);
        Assert.False(stalin.Signatories[1].Profile!.Accepts(indian.ValueIndices.AsSpan()));
        Assert.True(Korea.Signatories[1].Profile!.Accepts(indian.ValueIndices.AsSpan()));
    }

    [Fact]
    public void The_opening_positions_of_1951_leave_no_common_line()
    {
        var result = BargainingAnalysis.Analyze(Korea.WithHypothesis("opening-1951").ToProblem());
        Assert.Equal(0, result.BargainingRangeCount);
        var issue = Assert.Single(result.DealKillers, k => k.Kind == DealKillerKind.Issue);
        Assert.Equal("demarcation line", issue.Issue);
        // Relaxing the Communist demand to the line of contact (the 27 Nov 1951 compromise) reopens it.
        var relax = Assert.Single(result.DealKillers, k => k.Kind == DealKillerKind.RedLine && k.Party == "Communist side");
        Assert.Equal("line of contact", relax.RelaxedValue);
    }

    [Fact]
    public void Under_the_Stalin_line_the_war_process_never_agrees_and_casualties_accrue_at_the_stated_rates()
    {
        // Incompatible red lines leave no text on the frontier, so no run can reach an agreement; a
        // military decision needs 90 net wins in 157 weekly battles and costs stay below the tolerance,
        // so every run fights to the 1,096-day horizon.
        // The Stalin line held for ever: without the scheduled events (Stalin's death relaxes it on day 604).
        var stalin = Korea.WithHypothesis("stalin-line");
        stalin = stalin with { War = stalin.War! with { Events = [] } };
        var result = MonteCarloRunner.Run(new ScenarioWarModel(stalin, "stalin-line"), new MonteCarloOptions(2000, seed: 11));
        Assert.All(result.RecordSpan.ToArray(), r => Assert.Equal(Ending.StalemateAtHorizon, r.Ending));
        // Mean UNC deaths: 86.3 a day x 1,096 days = 94,584.8; per run sd 21.6 x 1,096 = 23,673.6, so the
        // mean of 2,000 runs has a standard error of 23,673.6 / sqrt(2,000) = 529.4; allow 4 of them.
        var meanA = result.RecordSpan.ToArray().Average(r => r.CasualtiesA);
        Assert.InRange(meanA, 94_584.8 - (4 * 529.4), 94_584.8 + (4 * 529.4));
        // Communist side: 424.9 x 1,096 = 465,690.4; se 106.2 x 1,096 / sqrt(2,000) = 2,602.7.
        var meanB = result.RecordSpan.ToArray().Average(r => r.CasualtiesB);
        Assert.InRange(meanB, 465_690.4 - (4 * 2_602.7), 465_690.4 + (4 * 2_602.7));
    }

    [Fact]
    public void Under_the_default_the_war_process_agrees_within_two_rounds_and_never_to_forcible_repatriation()
    {
        // Round 0: both sides believe in even battles (priors 10/10) from the middle of the band, so
        // P(win) = 1/2 each; a military decision is ~90^2 = 8,100 battles away, so the expected cost runs
        // to the horizon: r = 0.5 - c x 1,096 < 0.5 for any positive daily cost c. The frontier text
        // (0.6825, 0.505) clears both. In the mediated protocol each side accepts a text worth at least
        // its value of fighting on and otherwise amends it; the mediator's revision in round 1 is the
        // Nash text over the amendments and the disclosed values, which clears both. So every run
        // agrees on day 0 or, after one round of amendments, on day 7.
        var model = new ScenarioWarModel(Korea, "post-stalin");
        var result = MonteCarloRunner.Run(model, new MonteCarloOptions(500, seed: 11));
        Assert.All(result.RecordSpan.ToArray(), r => Assert.InRange(r.AgreementDay, 0.0, 7.0));
        // The frontier excludes the UNC's red line, so no agreed text returns every prisoner.
        var prisoners = model.Columns.ToList().FindIndex(c => c.Name == "term2");
        Assert.Equal("prisoner repatriation", Korea.Space.Issues[1].Name);
        Assert.DoesNotContain(0.0, result.ColumnValues(prisoners));
    }

    [Fact]
    public void Figures_are_read_with_thousands_separators()
    {
        Assert.Equal([90, 7, 1_000], Figures("90 days of \"explanations\", at 7 explainers per 1,000 POWs"));
        Assert.Equal([120], Figures("Prisoners become civilians after 120 days"));
    }

    private const int TalkDays = 748;

    private static UncertainRate DeathRate(string party) =>
        Korea.War!.Sides.Single(s => s.Party == party).CombatantDeathsPerDay;

    private static double RateBound(string party, string key) =>
        Document.Value.Root.GetProperty("war").GetProperty("sides").GetProperty(party).GetProperty("combatant_deaths_per_day").GetProperty(key).GetDouble();

    /// <summary>Every object in the document with a number <c>value</c> and a <c>source</c>.</summary>
    private static void CollectCited(JsonElement e, string path, List<(string, double, string?)> into)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.Object:
                if (e.TryGetProperty("value", out var v) && v.ValueKind == JsonValueKind.Number && e.TryGetProperty("source", out _))
                {
                    into.Add((path, v.GetDouble(), e.TryGetProperty("quote", out var q) ? q.GetString() : null));
                }
                foreach (var p in e.EnumerateObject())
                {
                    CollectCited(p.Value, $"{path}/{p.Name}", into);
                }
                break;
            case JsonValueKind.Array:
                var i = 0;
                foreach (var item in e.EnumerateArray())
                {
                    CollectCited(item, $"{path}/{i++}", into);
                }
                break;
            default:
                break;
        }
    }

    private static DateOnly Date(string text) => DateOnly.ParseExact(text, "d MMM yyyy", CultureInfo.InvariantCulture);

    private static double Figure(string facts, string pattern)
    {
        var m = Regex.Match(facts, pattern);
        Assert.True(m.Success, $"the facts file has no match for {pattern}");
        return double.Parse(m.Groups[1].Value.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);
    }

    /// <summary>Markdown bold removed, whitespace (including line breaks) collapsed.</summary>
    internal static string Normalise(string text) => Spaces().Replace(text.Replace("**", "", StringComparison.Ordinal), " ").Trim();

    private static List<double> Figures(string text) =>
        Number().Matches(text).Select(m => double.Parse(m.Groups[1].Value.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture)).ToList();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)")]
    private static partial Regex Number();
}

/// <summary>Finds the Korea scenario (in the checkout) and its facts file (in ../shared) by walking up from the test binaries.</summary>
internal static class KoreaFiles
{
    private static readonly Lazy<string?> FactsPath = new(() => Find(d => Path.Combine(d, "shared", "reference", "korea-1951-facts.md")));

    private static readonly Lazy<string?> ScenarioPath = new(() => Find(d => Path.Combine(d, "scenarios", "korea-1951", "scenario.yaml")));

    /// <summary>scenarios/korea-1951/scenario.yaml of this checkout.</summary>
    public static string Scenario => ScenarioPath.Value ?? throw new InvalidOperationException("scenarios/korea-1951/scenario.yaml not found above " + AppContext.BaseDirectory);

    /// <summary>../shared/reference/korea-1951-facts.md; a test that needs it fails, naming it, when it is absent.</summary>
    public static string Facts => FactsPath.Value
        ?? throw new FileNotFoundException($"this test needs ../shared/reference/korea-1951-facts.md beside the checkout: none above {AppContext.BaseDirectory}");

    /// <summary>The facts file, normalised as quotes are compared.</summary>
    public static string NormalisedFacts() => Korea1951Tests.Normalise(File.ReadAllText(Facts!));

    private static string? Find(Func<string, string> candidate)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = candidate(dir.FullName);
            if (File.Exists(path))
            {
                return path;
            }
        }
        return null;
    }
}

/// <summary>A fact that needs ../shared/reference/korea-1951-facts.md: it fails, naming the file, when it is absent (never skips).</summary>
public sealed class KoreaFactsFactAttribute : FactAttribute;
