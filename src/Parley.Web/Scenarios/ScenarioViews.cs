using System.Runtime.CompilerServices;
using Parley.Application;
using Parley.Application.Results;
using Parley.Conflict.Scenarios;
using Parley.Formats.Analysis;
using Parley.Formats.Json;
using Parley.Reports.Charts;

namespace Parley.Web.Scenarios;

/// <summary>A scenario's overview as the report draws it: every hypothesis analysed (no Monte Carlo), the charts, the map.</summary>
/// <param name="Report">The report's data.</param>
/// <param name="Charts">The report's charts (the same code as <c>parley run</c>'s page).</param>
public sealed record ScenarioOverview(RunReport Report, ReportCharts Charts);

/// <summary>
/// What the pages and the API show of a scenario, computed by the library and kept while the scenario
/// is unchanged: the analysis JSON of each hypothesis (the text <c>parley analyze --format json</c>
/// prints), the overview report, and the scenario as simulated.
/// </summary>
public sealed class ScenarioViews(ServeSettings settings)
{
    private readonly ConditionalWeakTable<ScenarioEntry, Cache> _caches = [];

    /// <summary>The analysis JSON of <paramref name="hypothesis"/> (null: the scenario as written, as <c>parley analyze</c> without a hypothesis).</summary>
    public string AnalysisJsonText(ScenarioEntry entry, string? hypothesis)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var scenario = entry.Scenario ?? throw new InvalidOperationException(entry.Error);
        var cache = _caches.GetOrCreateValue(entry);
        return cache.Analyses.GetOrAdd(hypothesis ?? "", _ => new Lazy<string>(() => Build(scenario, hypothesis))).Value;
    }

    private static string Build(Scenario scenario, string? hypothesis)
    {
        if (hypothesis is null)
        {
            var result = Analysis.BargainingAnalysis.Analyze(scenario.ToProblem(), Analysis.AnalysisOptions.Default);
            return JsonConventions.Serialize(AnalysisJson.From(result, scenario.Space, scenario.Title));
        }
        var analysed = ScenarioAnalysis.Analyze(scenario, hypothesis);
        return JsonConventions.Serialize(AnalysisJson.ForHypothesis(analysed, scenario.Space, scenario.Title, hypothesis));
    }

    /// <summary>The overview of the scenario: every hypothesis analysed, the charts and the map.</summary>
    public ScenarioOverview Overview(ScenarioEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var scenario = entry.Scenario ?? throw new InvalidOperationException(entry.Error);
        var cache = _caches.GetOrCreateValue(entry);
        lock (cache)
        {
            if (cache.Overview is null)
            {
                var run = ScenarioRun.Execute(scenario, new RunOptions { Simulate = false, DataDirectory = settings.DataDirectory, WhyNoData = settings.WhyNoData });
                var report = RunReportBuilder.Build(run, entry.DisplayName, Inputs(entry));
                cache.Overview = new ScenarioOverview(report, ReportCharts.Draw(report));
            }
            return cache.Overview;
        }
    }

    /// <summary>The scenario as its Monte Carlo runs it (hazards from the datasets when it asks for them).</summary>
    public Scenario Prepared(ScenarioEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var scenario = entry.Scenario ?? throw new InvalidOperationException(entry.Error);
        var cache = _caches.GetOrCreateValue(entry);
        lock (cache)
        {
            return cache.Prepared ??= ScenarioMonteCarlo.Prepare(scenario, settings.DataDirectory, settings.WhyNoData, null);
        }
    }

    /// <summary>The files and folders a report of this scenario uses.</summary>
    public ReportInputs Inputs(ScenarioEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new ReportInputs(entry.Source?.Territory(), settings.GeoDataDirectory, settings.DataDirectory);
    }

    private sealed class Cache
    {
        public System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<string>> Analyses { get; } = new(StringComparer.Ordinal);

        public ScenarioOverview? Overview { get; set; }

        public Scenario? Prepared { get; set; }
    }
}
