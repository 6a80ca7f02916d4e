using Parley.Application.Results;
using Parley.Conflict.Scenarios;

namespace Parley.Reports.Charts;

/// <summary>The three charts drawn for each hypothesis.</summary>
/// <param name="Hypothesis">The hypothesis.</param>
/// <param name="Slug">Its id fragment in the page (unique).</param>
/// <param name="Pareto">The Pareto frontier chart.</param>
/// <param name="Range">The bargaining range over time.</param>
/// <param name="Casualties">Casualties over time.</param>
public sealed record HypothesisCharts(HypothesisReport Hypothesis, string Slug, RenderedChart Pareto, RenderedChart Range, RenderedChart Casualties);

/// <summary>Every chart of the report, drawn once.</summary>
/// <param name="Endings">Distribution of endings per hypothesis.</param>
/// <param name="FoodShare">Share of food need met over time.</param>
/// <param name="PerHypothesis">Per-hypothesis charts, in the report's order.</param>
/// <param name="Survival">Empirical Kaplan-Meier curves, when the datasets are present.</param>
/// <param name="BaseRates">Empirical ending base rates, when the datasets are present.</param>
public sealed record ReportCharts(RenderedChart Endings, RenderedChart FoodShare, IReadOnlyList<HypothesisCharts> PerHypothesis, RenderedChart? Survival, RenderedChart? BaseRates)
{
    /// <summary>Each hypothesis's ceasefire curve against the matching subsets of the data, when the datasets are present.</summary>
    public RenderedChart? ModelSurvival { get; init; }

    /// <summary>Element id of the withdrawal-line map figure.</summary>
    public const string MapId = "map-withdrawal";

    /// <summary>Every chart, in page order.</summary>
    public IEnumerable<RenderedChart> All
    {
        get
        {
            yield return Endings;
            yield return FoodShare;
            foreach (var h in PerHypothesis)
            {
                yield return h.Pareto;
                yield return h.Range;
                yield return h.Casualties;
            }
            if (ModelSurvival is not null)
            {
                yield return ModelSurvival;
            }
            if (Survival is not null)
            {
                yield return Survival;
            }
            if (BaseRates is not null)
            {
                yield return BaseRates;
            }
        }
    }

    /// <summary>
    /// Draws the Pareto chart of <paramref name="hypothesis"/> (the report's own chart) with one more point
    /// marked, such as the agreement of a played game.
    /// </summary>
    public static RenderedChart ParetoWith(RunReport report, HypothesisReport hypothesis, string id, ChartMarker marker)
    {
        ArgumentNullException.ThrowIfNull(marker);
        return ParetoChart.Render(report, hypothesis, id, marker);
    }

    /// <summary>Draws every chart of <paramref name="report"/>.</summary>
    public static ReportCharts Draw(RunReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var slugs = new HashSet<string>(StringComparer.Ordinal);
        var per = new List<HypothesisCharts>();
        foreach (var h in report.Hypotheses)
        {
            var slug = Html.Html.Slug(h.Name);
            var unique = slug;
            for (var n = 2; !slugs.Add(unique); n++)
            {
                unique = $"{slug}-{n}";
            }
            per.Add(new HypothesisCharts(
                h,
                unique,
                ParetoChart.Render(report, h, $"chart-pareto-{unique}"),
                RangeOverTimeChart.Render(report, h, $"chart-range-{unique}"),
                CasualtiesChart.Render(report, h, $"chart-casualties-{unique}")));
        }
        return new ReportCharts(
            EndingsChart.Render(report, "chart-endings"),
            FoodShareChart.Render(report, "chart-food-share"),
            per,
            report.EmpiricalSurvival is { } s ? SurvivalChart.ByFeature(report, s, "chart-km-survival") : null,
            report.EmpiricalEndings is { } e ? BaseRatesChart.Render(e, "chart-base-rates") : null)
        {
            ModelSurvival = report.MatchedSurvival is { } m ? SurvivalChart.AgainstModel(report, m, "chart-km-model") : null,
        };
    }
}
