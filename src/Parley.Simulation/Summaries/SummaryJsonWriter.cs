using Parley.Data.Statistics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Parley.Simulation.Parameters;

namespace Parley.Simulation.Summaries;

/// <summary>
/// Writes a <see cref="SimulationSummary"/> as JSON:
/// <c>{"model", "seed", "runs", "requestedRuns", "complete", "parameters", "endings": {"&lt;ending&gt;": count, ...},
/// "prevailing", "afterCeasefireCollapse", "daysToAgreement": {...}, "days", "rounds",
/// "casualties": {"a", "b", "total"}, "agreedTerms", "agreedTermNames": {"&lt;term&gt;": "what it is, e.g. agreed value of 'aid trucks per day'"}, "values", "ceasefires", "ceasefireHolds": {"30", "90", "365"},
/// "ceasefireBrokenBy", "ceasefireSurvival": {"confidence", "band", "points": [{"day", "survival", "lower", "upper",
/// "standardError", "atRisk"}]} | null, "standardErrors": {"endings", "prevailing", "ceasefireHolds"}}</c>: every share
/// with its Monte Carlo standard error √(p(1 − p)/n), the ceasefire survival with its Greenwood standard error. Distributions are <c>{"count", "mean", "min", "q1", "median", "q3", "max"}</c>
/// with null for an empty sample. Numbers are written in their shortest round-trip form, so equal
/// summaries give equal bytes.
/// </summary>
public static class SummaryJsonWriter
{
    /// <summary>
    /// The summary as an indented JSON string (LF line ends); with <paramref name="parties"/>, a
    /// <c>"parties"</c> array after <c>"model"</c> names sides a and b in order (docs/json.md).
    /// </summary>
    public static string ToJson(SimulationSummary summary, ParameterSet? parameters = null, IReadOnlyList<string>? parties = null)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            Write(writer, summary, parameters, parties);
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Writes the summary object (see <see cref="ToJson"/>).</summary>
    public static void Write(Utf8JsonWriter writer, SimulationSummary summary, ParameterSet? parameters = null, IReadOnlyList<string>? parties = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(summary);
        writer.WriteStartObject();
        writer.WriteString("model", summary.Model);
        if (parties is not null)
        {
            writer.WriteStartArray("parties");
            foreach (var p in parties)
            {
                writer.WriteStringValue(p);
            }
            writer.WriteEndArray();
        }
        writer.WriteNumber("seed", summary.Seed);
        writer.WriteNumber("runs", summary.Runs);
        writer.WriteNumber("requestedRuns", summary.RequestedRuns);
        writer.WriteBoolean("complete", summary.IsComplete);
        if (parameters is not null)
        {
            writer.WriteStartObject("parameters");
            foreach (var (parameter, value, _) in parameters.Entries)
            {
                writer.WriteNumber(parameter.Name, value);
            }
            writer.WriteEndObject();
        }
        WriteCounts(writer, "endings", summary.Endings);
        WriteCounts(writer, "prevailing", summary.Prevailing);
        WriteCounts(writer, "afterCeasefireCollapse", summary.AfterCeasefireCollapse);
        WriteDistribution(writer, "daysToAgreement", summary.DaysToAgreement);
        WriteDistribution(writer, "days", summary.Days);
        WriteDistribution(writer, "rounds", summary.Rounds);
        writer.WriteStartObject("casualties");
        WriteDistribution(writer, "a", summary.CasualtiesA);
        WriteDistribution(writer, "b", summary.CasualtiesB);
        WriteDistribution(writer, "total", summary.CasualtiesTotal);
        writer.WriteEndObject();
        WriteDistributions(writer, "agreedTerms", summary.AgreedTerms);
        writer.WriteStartObject("agreedTermNames");
        foreach (var term in summary.AgreedTerms)
        {
            writer.WriteString(term.Column.Name, term.Column.Description);
        }
        writer.WriteEndObject();
        WriteDistributions(writer, "values", summary.Values);
        writer.WriteNumber("ceasefires", summary.Ceasefires);
        writer.WriteStartObject("ceasefireHolds");
        for (var i = 0; i < SimulationSummary.SurvivalDays.Count; i++)
        {
            var day = SimulationSummary.SurvivalDays[i];
            WriteNumberOrNull(writer, day.ToString(CultureInfo.InvariantCulture), i < summary.CeasefireHolds.Count ? summary.CeasefireHolds[i].Survival : double.NaN);
        }
        writer.WriteEndObject();
        WriteCounts(writer, "ceasefireBrokenBy", summary.CeasefireBrokenBy);
        WriteSurvivalCurve(writer, summary);
        writer.WriteStartObject("standardErrors");
        WriteShareErrors(writer, "endings", summary.Endings, summary);
        WriteShareErrors(writer, "prevailing", summary.Prevailing, summary);
        writer.WriteStartObject("ceasefireHolds");
        for (var i = 0; i < SimulationSummary.SurvivalDays.Count; i++)
        {
            var day = SimulationSummary.SurvivalDays[i];
            WriteNumberOrNull(writer, day.ToString(CultureInfo.InvariantCulture), summary.CeasefireCurve is { } c ? c.StandardErrorAt(day) : double.NaN);
        }
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    /// <summary>
    /// <c>"ceasefireSurvival"</c>: the Kaplan–Meier curve of the runs' ceasefires at <see cref="SimulationSummary.CurveDays"/>,
    /// each point <c>{"day", "survival", "lower", "upper", "standardError", "atRisk"}</c> with its confidence
    /// band (log-log, 95%); null when no run had a ceasefire.
    /// </summary>
    private static void WriteSurvivalCurve(Utf8JsonWriter writer, SimulationSummary summary)
    {
        if (summary.CeasefireCurve is not { } curve)
        {
            writer.WriteNull("ceasefireSurvival");
            return;
        }
        writer.WriteStartObject("ceasefireSurvival");
        writer.WriteNumber("confidence", curve.Confidence);
        writer.WriteString("band", curve.Band.ToString().ToLowerInvariant());
        writer.WriteStartArray("points");
        foreach (var day in SimulationSummary.CurveDays)
        {
            var p = curve.At(day);
            writer.WriteStartObject();
            writer.WriteNumber("day", day);
            writer.WriteNumber("survival", p.Survival);
            writer.WriteNumber("lower", p.Lower);
            writer.WriteNumber("upper", p.Upper);
            writer.WriteNumber("standardError", curve.StandardErrorAt(day));
            writer.WriteNumber("atRisk", p.AtRisk);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteShareErrors(Utf8JsonWriter writer, string name, IReadOnlyList<NamedCount> counts, SimulationSummary summary)
    {
        writer.WriteStartObject(name);
        foreach (var c in counts)
        {
            WriteNumberOrNull(writer, c.Name, summary.ShareStandardError(c.Count));
        }
        writer.WriteEndObject();
    }

    /// <summary>Writes a distribution object under <paramref name="name"/>.</summary>
    public static void WriteDistribution(Utf8JsonWriter writer, string name, Distribution distribution)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(distribution);
        writer.WriteStartObject(name);
        writer.WriteNumber("count", distribution.Count);
        WriteNumberOrNull(writer, "mean", distribution.Mean);
        WriteNumberOrNull(writer, "min", distribution.Min);
        WriteNumberOrNull(writer, "q1", distribution.P25);
        WriteNumberOrNull(writer, "median", distribution.Median);
        WriteNumberOrNull(writer, "q3", distribution.P75);
        WriteNumberOrNull(writer, "max", distribution.Max);
        writer.WriteEndObject();
    }

    private static void WriteCounts(Utf8JsonWriter writer, string name, IReadOnlyList<NamedCount> counts)
    {
        writer.WriteStartObject(name);
        foreach (var count in counts)
        {
            writer.WriteNumber(count.Name, count.Count);
        }
        writer.WriteEndObject();
    }

    private static void WriteDistributions(Utf8JsonWriter writer, string name, IReadOnlyList<NamedDistribution> distributions)
    {
        writer.WriteStartObject(name);
        foreach (var entry in distributions)
        {
            WriteDistribution(writer, entry.Column.Name, entry.Distribution);
        }
        writer.WriteEndObject();
    }

    private static void WriteNumberOrNull(Utf8JsonWriter writer, string name, double value)
    {
        if (double.IsFinite(value))
        {
            writer.WriteNumber(name, value);
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}
