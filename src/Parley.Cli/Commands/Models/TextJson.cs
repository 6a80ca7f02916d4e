using System.Text.Json;
using System.Text.Json.Nodes;
using Parley.Conflict.Scenarios;
using Parley.Simulation.Summaries;

namespace Parley.Cli.Commands.Models;

/// <summary>
/// The <c>"text"</c> object of <c>parley simulate SCENARIO --text NAME --format json</c>: the text
/// simulated, its date, and its ceasefire's survival at each checkpoint (<see cref="TextStart.Checkpoints"/>).
/// </summary>
internal static class TextJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        NewLine = "\n",
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary><paramref name="summaryJson"/> with a <c>"text"</c> object added after its other fields.</summary>
    public static string Add(string summaryJson, Scenario scenario, string name, SimulationSummary summary)
    {
        var root = JsonNode.Parse(summaryJson)!.AsObject();
        var checkpoints = new JsonArray();
        foreach (var point in TextStart.Checkpoints(scenario, name))
        {
            var entry = new JsonObject { ["day"] = point.Day, ["label"] = point.Label };
            if (summary.CeasefireCurve is not null)
            {
                var p = summary.CeasefireHoldsAt(point.Day);
                entry["survival"] = p.Survival;
                entry["lower"] = p.Lower;
                entry["upper"] = p.Upper;
                entry["atRisk"] = p.AtRisk;
            }
            checkpoints.Add(entry);
        }
        root["text"] = new JsonObject
        {
            ["name"] = name,
            ["date"] = scenario.ClockStart?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["talksFromDay"] = scenario.War?.Ceasefire.TalksFromDay,
            ["checkpoints"] = checkpoints,
        };
        return root.ToJsonString(Options);
    }
}
