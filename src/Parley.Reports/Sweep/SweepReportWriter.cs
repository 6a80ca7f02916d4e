using System.Globalization;
using System.Text;
using Parley.Formats.Csv;
using Parley.Reports.Charts;
using Parley.Store.Sensitivity;
using static Parley.Reports.Html.Html;

namespace Parley.Reports.Sweep;

/// <summary>
/// Writes a sweep's sensitivity as a self-contained <c>index.html</c> (per hypothesis: a tornado chart
/// per headline outcome, a response curve per parameter, the table of swings and Sobol indices) and,
/// beside it, <c>sensitivity.csv</c> (one row per hypothesis, outcome and parameter) and
/// <c>points.csv</c> (every point's parameters and outcomes).
/// </summary>
public static class SweepReportWriter
{
    private static readonly string[] Headline = ["agreement", "daysToAgreement", "ceasefireHolds365"];

    /// <summary>Writes the report into <paramref name="folder"/> (created if needed); returns the page's path.</summary>
    public static string Write(SweepSensitivity sensitivity, string folder)
    {
        ArgumentNullException.ThrowIfNull(sensitivity);
        Directory.CreateDirectory(folder);
        WriteCsv(Path.Combine(folder, "sensitivity.csv"), SensitivityRows(sensitivity));
        WriteCsv(Path.Combine(folder, "points.csv"), PointRows(sensitivity));
        var page = Path.Combine(folder, "index.html");
        File.WriteAllText(page, Page(sensitivity), new UTF8Encoding(false));
        return page;
    }

    private static string Page(SweepSensitivity s)
    {
        var spec = s.Spec;
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Sweep ").Append(Esc(spec.Id)).Append("</title>\n")
            .Append("<style>body{font-family:'DejaVu Sans',sans-serif;max-width:1100px;margin:2em auto;color:#333}table{border-collapse:collapse}td,th{border:1px solid #ddd;padding:3px 8px;text-align:right}th:first-child,td:first-child{text-align:left}figure{margin:1em 0}</style></head><body>\n")
            .Append("<h1>Which assumptions move the answer</h1>\n<p>Experiment ").Append(Esc(spec.Id)).Append(" on ").Append(Esc(spec.Scenario))
            .Append(": ").Append(Esc(spec.Design)).Append(" design, ").Append(spec.Points.Count.ToString(CultureInfo.InvariantCulture)).Append(" points x ")
            .Append(Num(spec.Runs)).Append(" runs, seed ").Append(spec.Seed.ToString(CultureInfo.InvariantCulture)).Append(". Varied: ")
            .Append(Esc(string.Join(", ", spec.Parameters))).Append(". Data: <a href=\"sensitivity.csv\">sensitivity.csv</a>, <a href=\"points.csv\">points.csv</a>.</p>\n");
        var chart = 0;
        foreach (var group in s.Outcomes.GroupBy(o => o.Hypothesis))
        {
            html.Append("<h2>Hypothesis ").Append(Esc(group.Key)).Append("</h2>\n");
            foreach (var outcome in group.Where(o => Headline.Contains(o.Outcome)))
            {
                Figure(html, SweepCharts.Tornado(outcome, $"tornado-{chart++}"));
                Table(html, outcome, spec.Design == "sobol");
            }
            if (group.FirstOrDefault(o => o.Outcome == "agreement") is { } agreement)
            {
                html.Append("<h3>Response curves</h3>\n");
                foreach (var effect in agreement.Effects.OrderBy(e => e.Parameter, StringComparer.Ordinal))
                {
                    Figure(html, SweepCharts.Response(agreement, effect, $"response-{chart++}"));
                }
            }
        }
        html.Append("</body></html>\n");
        return html.ToString();
    }

    private static void Table(StringBuilder html, OutcomeSensitivity outcome, bool sobol)
    {
        html.Append("<table><tr><th>parameter</th><th>lowest</th><th>highest</th><th>swing</th>");
        if (sobol)
        {
            html.Append("<th>first-order S</th><th>total S<sub>T</sub></th>");
        }
        html.Append("</tr>\n");
        foreach (var e in outcome.Effects)
        {
            html.Append("<tr><td>").Append(Esc(e.Parameter)).Append("</td><td>").Append(SweepText.Format(outcome.Outcome, e.Low))
                .Append("</td><td>").Append(SweepText.Format(outcome.Outcome, e.High)).Append("</td><td>").Append(SweepText.Format(outcome.Outcome, e.Swing)).Append("</td>");
            if (sobol && e.Sobol is { } si)
            {
                html.Append("<td>").Append(Num(si.FirstOrder, "0.00")).Append("</td><td>").Append(Num(si.Total, "0.00")).Append("</td>");
            }
            html.Append("</tr>\n");
        }
        html.Append("</table>\n");
    }

    private static void Figure(StringBuilder html, RenderedChart chart) =>
        html.Append("<figure id=\"").Append(Esc(chart.Id)).Append("\" data-chart=\"").Append(Esc(chart.Kind)).Append("\"><img alt=\"").Append(Esc(chart.Title))
            .Append("\" width=\"").Append(chart.Width.ToString(CultureInfo.InvariantCulture)).Append("\" height=\"").Append(chart.Height.ToString(CultureInfo.InvariantCulture))
            .Append("\" src=\"data:image/png;base64,").Append(Convert.ToBase64String(chart.Png)).Append("\" /><figcaption>").Append(Esc(chart.Caption)).Append("</figcaption></figure>\n");

    private static IEnumerable<IReadOnlyList<string>> SensitivityRows(SweepSensitivity s)
    {
        yield return ["hypothesis", "outcome", "parameter", "baseline", "low", "high", "swing", "firstOrder", "total"];
        foreach (var o in s.Outcomes)
        {
            foreach (var e in o.Effects)
            {
                yield return [o.Hypothesis, o.Outcome, e.Parameter, Cell(o.Baseline), Cell(e.Low), Cell(e.High), Cell(e.Swing), Cell(e.Sobol?.FirstOrder), Cell(e.Sobol?.Total)];
            }
        }
    }

    private static IEnumerable<IReadOnlyList<string>> PointRows(SweepSensitivity s)
    {
        yield return ["point", "hypothesis", .. s.Spec.Parameters, .. PointOutcomes.Names];
        foreach (var p in s.Spec.Points)
        {
            yield return [p.Index.ToString(CultureInfo.InvariantCulture), p.Hypothesis, .. s.Spec.Parameters.Select(x => p.ValueOf(x) ?? ""), .. s.PointOutcomes[p.Index].Select(v => Cell(v))];
        }
    }

    private static string Cell(double? value) => value is { } v && double.IsFinite(v) ? v.ToString("R", CultureInfo.InvariantCulture) : "";

    private static void WriteCsv(string path, IEnumerable<IReadOnlyList<string>> rows)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        using var csv = new CsvWriter(writer);
        foreach (var row in rows)
        {
            csv.WriteRow(row);
        }
    }
}
