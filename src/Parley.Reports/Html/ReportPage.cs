using System.Globalization;
using System.Text;
using Parley.Reports.Charts;
using Parley.Reports.Csv;
using Parley.Application.Results;
using static Parley.Reports.Html.Html;
using Parley.Conflict.Scenarios;
using Parley.Domain.Endings;

namespace Parley.Reports.Html;

/// <summary>
/// Builds the self-contained <c>index.html</c>: CSS inline, charts as base64 PNG, the map as inline
/// SVG, no scripts and no external requests (the only absolute links are the sources').
/// </summary>
public static class ReportPage
{
    /// <summary>The page for <paramref name="report"/>, with its charts and the CSV files written beside it.</summary>
    public static string Build(RunReport report, ReportCharts charts, IReadOnlyList<CsvTable> tables)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(charts);
        ArgumentNullException.ThrowIfNull(tables);
        var sb = new StringBuilder(1 << 20);
        var title = $"Parley report: {report.ScenarioTitle}";
        sb.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\" />\n")
          .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n")
          .Append("<meta name=\"generator\" content=\"Parley ").Append(Esc(report.Metadata.Version)).Append("\" />\n")
          .Append("<title>").Append(Esc(title)).Append("</title>\n<style>\n").Append(ReportStyles.Css).Append("\n</style>\n</head>\n<body>\n<main>\n");
        Header(sb, report, title);
        Toc(sb, report, charts);
        Summary(sb, report, charts);
        Comparison(sb, charts);
        foreach (var h in charts.PerHypothesis)
        {
            Hypothesis(sb, report, h, charts.PerHypothesis.IndexOf(h));
        }
        Map(sb, report);
        Aid(sb, report);
        BaseRates(sb, report, charts);
        Data(sb, tables);
        Sources(sb, report);
        sb.Append("<footer>Made by Parley ").Append(Esc(report.Metadata.Version))
          .Append(". Every judgement in the scenario (weights, reservation values, costs, war aims) is an assumption stated in the scenario file; every figure cites a source listed above. ")
          .Append("Its figures are the same for the same scenario, seed and number of runs, whatever the number of threads.</footer>\n");
        sb.Append("</main>\n</body>\n</html>\n");
        return sb.ToString();
    }

    private static int IndexOf(this IReadOnlyList<HypothesisCharts> list, HypothesisCharts item)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (ReferenceEquals(list[i], item))
            {
                return i;
            }
        }
        return -1;
    }

    private static void Header(StringBuilder sb, RunReport report, string title)
    {
        var m = report.Metadata;
        sb.Append("<header class=\"page\">\n<h1>").Append(Esc(title)).Append("</h1>\n")
          .Append("<p class=\"lede\">How this war could end at the bargaining table between ")
          .Append(Esc(report.Belligerents.First)).Append(" and ").Append(Esc(report.Belligerents.Second))
          .Append(", under ").Append(report.Hypotheses.Count.ToString(CultureInfo.InvariantCulture))
          .Append(report.Hypotheses.Count == 1 ? " hypothesis" : " hypotheses").Append(" about their war aims: the bargaining range, what kills a deal, a mediated negotiation, and a Monte Carlo of the war process.</p>\n")
          .Append("<ul class=\"meta\">")
          .Append("<li>Scenario <b>").Append(Esc(m.ScenarioSource)).Append("</b></li>")
          .Append("<li>Seed <b>").Append(m.Seed.ToString(CultureInfo.InvariantCulture)).Append("</b></li>")
          .Append("<li>Runs per hypothesis <b>").Append(Num(m.Runs)).Append("</b></li>")
          .Append("<li>Threads <b>").Append(Num(m.Threads)).Append("</b></li>")
          .Append("<li>Elapsed <b>").Append(Num(m.Elapsed.TotalSeconds, "0.0")).Append(" s</b></li>")
          .Append("<li>Parley <b>").Append(Esc(m.Version)).Append("</b></li>")
          .Append("</ul>\n").Append(InterruptedNote.Html(report)).Append("</header>\n");
    }

    private static void Toc(StringBuilder sb, RunReport report, ReportCharts charts)
    {
        sb.Append("<nav class=\"toc\"><a href=\"#summary\">Summary</a><a href=\"#comparison\">Endings and food</a>");
        foreach (var h in charts.PerHypothesis)
        {
            sb.Append("<a href=\"#hypothesis-").Append(h.Slug).Append("\">").Append(Esc(h.Hypothesis.Name)).Append("</a>");
        }
        if (report.WithdrawalMapSvg is not null || report.WithdrawalOptions.Count > 0)
        {
            sb.Append("<a href=\"#map\">Withdrawal lines</a>");
        }
        if (report.AidChannels.Count > 0)
        {
            sb.Append("<a href=\"#aid\">Aid</a>");
        }
        if (charts.Survival is not null || charts.BaseRates is not null)
        {
            sb.Append("<a href=\"#base-rates\">Base rates</a>");
        }
        sb.Append("<a href=\"#data\">Data</a><a href=\"#sources\">Sources</a></nav>\n");
    }

    private static void Summary(StringBuilder sb, RunReport report, ReportCharts charts)
    {
        sb.Append("<section id=\"summary\">\n<h2>The hypotheses side by side</h2>\n")
          .Append("<p class=\"note\">Range: outcomes both belligerents prefer to fighting on. Endings, days to agreement and ceasefire survival come from the Monte Carlo runs.</p>\n")
          .Append("<table class=\"compare\">\n<thead><tr><th scope=\"col\"></th>");
        foreach (var h in charts.PerHypothesis)
        {
            sb.Append("<th scope=\"col\"><a href=\"#hypothesis-").Append(h.Slug).Append("\">").Append(Esc(h.Hypothesis.Name)).Append("</a></th>");
        }
        sb.Append("</tr></thead>\n<tbody>\n");
        void Row(string label, Func<HypothesisReport, string> cell)
        {
            sb.Append("<tr><th scope=\"row\">").Append(Esc(label)).Append("</th>");
            foreach (var h in report.Hypotheses)
            {
                sb.Append("<td>").Append(cell(h)).Append("</td>");
            }
            sb.Append("</tr>\n");
        }
        Row("Assumes", h => Esc(h.Description));
        Row("Bargaining range", RangeCell);
        Row("Deal-killers", h => h.DealKillers.Count == 0
            ? "<span class=\"muted\">none</span>"
            : "<ul class=\"killers\">" + string.Concat(h.DealKillers.Select(k => $"<li>{Esc(k)}</li>")) + "</ul>");
        Row("Talks", h => h.Agreement is { } a
            ? a.Run is { } run
                ? $"run {run} of the Monte Carlo: first agreement on day {Num(a.Day)}, in round {a.Round} of its episode of talks"
                : $"on the stated reservation values (no war section): agreement in round {a.Round}"
            : "<span class=\"muted\">no agreement in the talks shown</span>");
        Row("Likeliest endings", h => h.TotalRuns == 0
            ? "<span class=\"muted\">no runs</span>"
            : string.Join("<br />", h.EndingsByFrequency.Take(3).Select(e => $"{Esc(e.Ending)}: {Pct(h.ShareOf(e))}")));
        Row("Days to agreement", h => h.TimeToAgreementDays is { } q
            ? $"median {Num(q.Median)} (quartiles {Num(q.Lower)} to {Num(q.Upper)})"
            : "<span class=\"muted\">no run reached one</span>");
        Row("Ceasefire still holding", h => h.CeasefireSurvival is { } s
            ? $"30 days: {Pct(s.At30Days)}<br />90 days: {Pct(s.At90Days)}<br />365 days: {Pct(s.At365Days)}"
            : "<span class=\"muted\">no ceasefire in any run</span>");
        sb.Append("</tbody>\n</table>\n</section>\n");
    }

    private static string RangeCell(HypothesisReport h) => h.RangeSize == 0
        ? "<span class=\"empty\">empty</span>: no outcome is better than war for both"
        : $"{Num(h.RangeSize)} outcomes ({Pct(h.RangeShare)} of all)";

    private static void Comparison(StringBuilder sb, ReportCharts charts)
    {
        sb.Append("<section id=\"comparison\">\n<h2>How the war ends, and what people eat</h2>\n<div class=\"grid\">\n");
        Figure(sb, charts.Endings, wide: false);
        Figure(sb, charts.FoodShare, wide: false);
        sb.Append("</div>\n</section>\n");
    }

    private static void Hypothesis(StringBuilder sb, RunReport report, HypothesisCharts charts, int index)
    {
        var h = charts.Hypothesis;
        var (first, second) = (report.Belligerents.First, report.Belligerents.Second);
        sb.Append("<section class=\"hypothesis\" id=\"hypothesis-").Append(charts.Slug).Append("\">\n<h2><span class=\"tag\" style=\"background:")
          .Append(ReportPalette.HypothesisHex(index)).Append("\"></span>Hypothesis: ").Append(Esc(h.Name)).Append("</h2>\n");
        if (h.Description.Length > 0)
        {
            sb.Append("<p>").Append(Esc(h.Description)).Append("</p>\n");
        }
        sb.Append("<p><b>Bargaining range:</b> ").Append(RangeCell(h)).Append(".</p>\n");
        sb.Append("<h3>Deal-killers</h3>\n");
        if (h.DealKillers.Count == 0)
        {
            sb.Append("<p class=\"muted\">None: no single issue, red line or war aim empties the range.</p>\n");
        }
        else
        {
            sb.Append("<ul class=\"killers\">");
            foreach (var k in h.DealKillers)
            {
                sb.Append("<li>").Append(Esc(k)).Append("</li>");
            }
            sb.Append("</ul>\n");
        }
        sb.Append("<h3>Texts</h3>\n<table>\n<thead><tr><th scope=\"col\">Point</th><th scope=\"col\">Text</th><th scope=\"col\" class=\"num\">Utility to ")
          .Append(Esc(first)).Append("</th><th scope=\"col\" class=\"num\">Utility to ").Append(Esc(second)).Append("</th></tr></thead>\n<tbody>\n");
        void TextRow(string label, string text, UtilityPoint u) =>
            sb.Append("<tr><td>").Append(Esc(label)).Append("</td><td class=\"clause\">").Append(text).Append("</td><td class=\"num\">")
              .Append(Num(u.First, "0.000")).Append("</td><td class=\"num\">").Append(Num(u.Second, "0.000")).Append("</td></tr>\n");
        TextRow("Reservation values (war)", "<span class=\"muted\">fighting on</span>", h.Reservation);
        if (h.Nash is { } n)
        {
            TextRow("Nash", Esc(n.Text), n.Utilities);
        }
        if (h.KalaiSmorodinsky is { } ks)
        {
            TextRow("Kalai-Smorodinsky", Esc(ks.Text), ks.Utilities);
        }
        if (h.Agreement is { } a)
        {
            TextRow($"Agreed, round {a.Round}", Esc(a.Text), a.Utilities);
        }
        sb.Append("</tbody>\n</table>\n");
        if (h.Nash is null && h.KalaiSmorodinsky is null)
        {
            sb.Append("<p class=\"note\">No Nash or Kalai-Smorodinsky text: the bargaining range is empty.</p>\n");
        }
        if (h.Agreement is null)
        {
            sb.Append("<p class=\"note\">The mediated negotiation reached no agreement.</p>\n");
        }
        sb.Append("<div class=\"grid\">\n");
        Figure(sb, charts.Pareto, wide: false);
        Figure(sb, charts.Range, wide: false);
        Figure(sb, charts.Casualties, wide: false);
        Outcomes(sb, h);
        sb.Append("</div>\n</section>\n");
    }

    private static void Outcomes(StringBuilder sb, HypothesisReport h)
    {
        sb.Append("<div class=\"panel\">\n<h3>Monte Carlo endings</h3>\n<table>\n<thead><tr><th scope=\"col\">Ending</th><th scope=\"col\" class=\"num\">Runs</th><th scope=\"col\" class=\"num\">Share</th></tr></thead>\n<tbody>\n");
        if (h.Endings.Count == 0)
        {
            sb.Append("<tr><td class=\"muted\" colspan=\"3\">no Monte Carlo runs were recorded</td></tr>\n");
        }
        foreach (var e in h.EndingsByFrequency)
        {
            sb.Append("<tr><td>").Append(Esc(e.Ending)).Append("</td><td class=\"num\">").Append(Num(e.Count)).Append("</td><td class=\"num\">").Append(Pct(h.ShareOf(e))).Append("</td></tr>\n");
        }
        sb.Append("</tbody>\n</table>\n").Append(EndingDetails.Html(h));
        sb.Append("<h3>Time to agreement and ceasefire survival</h3>\n<table>\n<tbody>\n");
        if (h.TimeToAgreementDays is { } q)
        {
            sb.Append("<tr><td>Days to agreement: lower quartile / median / upper quartile</td><td class=\"num\">")
              .Append(Num(q.Lower)).Append(" / ").Append(Num(q.Median)).Append(" / ").Append(Num(q.Upper)).Append("</td></tr>\n");
        }
        else
        {
            sb.Append("<tr><td>Days to agreement</td><td class=\"num muted\">no run reached one</td></tr>\n");
        }
        if (h.CeasefireSurvival is { } s)
        {
            sb.Append("<tr><td>Ceasefires still holding after 30 / 90 / 365 days</td><td class=\"num\">")
              .Append(Pct(s.At30Days)).Append(" / ").Append(Pct(s.At90Days)).Append(" / ").Append(Pct(s.At365Days)).Append("</td></tr>\n");
        }
        else
        {
            sb.Append("<tr><td>Ceasefire survival</td><td class=\"num muted\">no ceasefire in any run</td></tr>\n");
        }
        sb.Append("</tbody>\n</table>\n</div>\n");
    }

    private static void Map(StringBuilder sb, RunReport report)
    {
        if (report.WithdrawalMapSvg is null && report.WithdrawalOptions.Count == 0)
        {
            return;
        }
        sb.Append("<section id=\"map\">\n<h2>Withdrawal-line options</h2>\n");
        if (report.WithdrawalMapSvg is { } svg)
        {
            sb.Append("<figure class=\"map\" id=\"").Append(ReportCharts.MapId).Append("\" data-chart=\"map\">\n").Append(svg.Trim()).Append('\n')
              .Append("<figcaption><b>Withdrawal-line options.</b> The area each option leaves held, measured in a metric projection from the scenario's outline, with its share of the territory")
              .Append(report.WithdrawalOptions.Any(o => o.PeopleInside is not null) ? " and the pre-war population inside" : "")
              .Append(". Source: scenario \u201c").Append(Esc(report.ScenarioTitle)).Append("\u201d, its map data and the sources below.</figcaption>\n</figure>\n");
        }
        if (report.WithdrawalOptions.Count > 0)
        {
            sb.Append("<table>\n<thead><tr><th scope=\"col\">Option</th><th scope=\"col\" class=\"num\">Area held (km\u00b2)</th><th scope=\"col\" class=\"num\">Share of the territory</th><th scope=\"col\" class=\"num\">People inside (pre-war)</th></tr></thead>\n<tbody>\n");
            foreach (var o in report.WithdrawalOptions)
            {
                sb.Append("<tr><td>").Append(Esc(o.Option)).Append("</td><td class=\"num\">").Append(Num(o.AreaKm2, "#,0.0")).Append("</td><td class=\"num\">")
                  .Append(Pct(o.ShareOfTerritory)).Append("</td><td class=\"num\">").Append(o.PeopleInside is { } p ? Num(p) : "<span class=\"muted\">no data</span>").Append("</td></tr>\n");
            }
            sb.Append("</tbody>\n</table>\n");
        }
        sb.Append("</section>\n");
    }

    private static void Aid(StringBuilder sb, RunReport report)
    {
        if (report.AidChannels.Count == 0)
        {
            return;
        }
        sb.Append("<section id=\"aid\">\n<h2>Food aid by land and by air</h2>\n<table>\n<thead><tr><th scope=\"col\">Channel</th><th scope=\"col\" class=\"num\">Per day</th><th scope=\"col\" class=\"num\">Food (t/day)</th><th scope=\"col\" class=\"num\">Rations arriving</th><th scope=\"col\" class=\"num\">Cost (USD/day)</th><th scope=\"col\" class=\"num\">USD per 1,000 kcal</th></tr></thead>\n<tbody>\n");
        foreach (var c in report.AidChannels)
        {
            sb.Append("<tr><td>").Append(Esc(c.Channel)).Append("</td><td class=\"num\">").Append(Num(c.UnitsPerDay)).Append(' ').Append(Esc(c.Unit))
              .Append("</td><td class=\"num\">").Append(Num(c.FoodTonnesPerDay)).Append("</td><td class=\"num\">").Append(Num(c.PeopleFedEquivalent))
              .Append("</td><td class=\"num\">").Append(Num(c.CostUsdPerDay)).Append("</td><td class=\"num\">").Append(Num(c.CostUsdPer1000Kcal, "0.000")).Append("</td></tr>\n");
        }
        sb.Append("</tbody>\n</table>\n<p class=\"note\">Rations arriving: kcal arriving per day over 2,100 kcal per person per day, before distribution reach and the population cap (the share of need met applies both). Figures from the scenario's humanitarian section and its sources.</p>\n</section>\n");
    }

    private static void BaseRates(StringBuilder sb, RunReport report, ReportCharts charts)
    {
        if (charts.Survival is null && charts.BaseRates is null && charts.ModelSurvival is null)
        {
            return;
        }
        sb.Append("<section id=\"base-rates\">\n<h2>Base rates from real conflicts</h2>\n<p class=\"note\">What happened in comparable cases, to hold the model's numbers against.")
          .Append(charts.ModelSurvival is not null ? " The first chart sets each hypothesis's ceasefire curve, from the same runs as the summary table, beside the ceasefires in the data that match the scenario." : "").Append("</p>\n<div class=\"grid\">\n");
        if (charts.ModelSurvival is not null)
        {
            Figure(sb, charts.ModelSurvival, wide: false);
        }
        if (charts.Survival is not null)
        {
            Figure(sb, charts.Survival, wide: false);
        }
        if (charts.BaseRates is not null)
        {
            Figure(sb, charts.BaseRates, wide: false);
        }
        sb.Append("</div>\n</section>\n");
    }

    private static void Data(StringBuilder sb, IReadOnlyList<CsvTable> tables)
    {
        sb.Append("<section id=\"data\">\n<h2>Data</h2>\n<p class=\"note\">Every number in this report, as tidy CSV beside this page (one observation per row, a header row, UTF-8).</p>\n")
          .Append("<table class=\"files\">\n<thead><tr><th scope=\"col\">File</th><th scope=\"col\">A row is</th><th scope=\"col\" class=\"num\">Rows</th></tr></thead>\n<tbody>\n");
        foreach (var t in tables)
        {
            sb.Append("<tr><td><a href=\"").Append(Esc(t.FileName)).Append("\"><code>").Append(Esc(t.FileName)).Append("</code></a></td><td>")
              .Append(Esc(t.Description)).Append("</td><td class=\"num\">").Append(Num(t.Rows.Count)).Append("</td></tr>\n");
        }
        sb.Append("</tbody>\n</table>\n</section>\n");
    }

    private static void Sources(StringBuilder sb, RunReport report)
    {
        sb.Append("<section id=\"sources\">\n<h2>Sources</h2>\n");
        if (report.Sources.Count == 0)
        {
            sb.Append("<p class=\"muted\">The scenario cites no sources.</p>\n");
        }
        else
        {
            sb.Append("<ol class=\"sources\">\n");
            foreach (var s in report.Sources)
            {
                sb.Append("<li id=\"source-").Append(Slug(s.Id)).Append("\"><code>").Append(Esc(s.Id)).Append("</code> ");
                if (s.Url is { } url)
                {
                    sb.Append("<a class=\"source\" href=\"").Append(Esc(url)).Append("\" rel=\"noreferrer\">").Append(Esc(s.Title)).Append("</a>");
                }
                else
                {
                    sb.Append(Esc(s.Title));
                }
                sb.Append("</li>\n");
            }
            sb.Append("</ol>\n");
        }
        sb.Append("</section>\n");
    }

    private static void Figure(StringBuilder sb, RenderedChart chart, bool wide)
    {
        sb.Append("<figure class=\"chart").Append(wide ? " wide" : "").Append("\" id=\"").Append(chart.Id).Append("\" data-chart=\"").Append(chart.Kind).Append("\">\n")
          .Append("<img alt=\"").Append(Esc(chart.Title)).Append("\" width=\"").Append(chart.Width.ToString(CultureInfo.InvariantCulture))
          .Append("\" height=\"").Append(chart.Height.ToString(CultureInfo.InvariantCulture)).Append("\" src=\"data:image/png;base64,")
          .Append(Convert.ToBase64String(chart.Png)).Append("\" />\n")
          .Append("<figcaption><b>").Append(Esc(chart.Title)).Append(".</b> ").Append(Esc(chart.Caption)).Append("</figcaption>\n</figure>\n");
    }
}
