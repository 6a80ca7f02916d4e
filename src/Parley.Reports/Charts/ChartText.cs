using System.Globalization;
using Parley.Reports.Model;

namespace Parley.Reports.Charts;

/// <summary>The "source" sentences of chart captions, so every chart says where its data come from the same way.</summary>
internal static class ChartText
{
    public static string Analysis(RunReport report, HypothesisReport hypothesis) =>
        $"Source: scenario \u201c{report.ScenarioTitle}\u201d, hypothesis \u201c{hypothesis.Name}\u201d; analysis of the whole outcome space.";

    public static string MonteCarlo(RunReport report, string? hypothesis = null)
    {
        var runs = report.Metadata.Runs.ToString("#,0", CultureInfo.InvariantCulture);
        var which = hypothesis is null ? "" : $", hypothesis \u201c{hypothesis}\u201d";
        return $"Source: scenario \u201c{report.ScenarioTitle}\u201d{which}; Monte Carlo of the war process, {runs} runs per hypothesis, seed {report.Metadata.Seed.ToString(CultureInfo.InvariantCulture)}.";
    }

    public static string Percent(double share) => share.ToString("0.#%", CultureInfo.InvariantCulture);

    public static string Number(double value, string format = "0.###") => value.ToString(format, CultureInfo.InvariantCulture);
}
