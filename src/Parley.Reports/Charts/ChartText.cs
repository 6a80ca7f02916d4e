using System.Globalization;
using Parley.Application.Results;

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

    /// <summary>At most <paramref name="max"/> characters, cut with an ellipsis (full names are in captions and tables).</summary>
    public static string Short(string text, int max) =>
        text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1).TrimEnd(), "\u2026");

    /// <summary>"Kind: name" on one line when it fits the chart's width, else on two lines.</summary>
    public static string Title(string kind, string name)
    {
        const int width = 46;
        return kind.Length + 2 + name.Length <= width ? $"{kind}: {name}" : $"{kind}\n{Short(name, width)}";
    }

    public static string Percent(double share) => share.ToString("0.#%", CultureInfo.InvariantCulture);

    public static string Number(double value, string format = "0.###") => value.ToString(format, CultureInfo.InvariantCulture);
}
