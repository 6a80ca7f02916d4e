using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Parley.Store.Experiments;

/// <summary>
/// What an experiment is, recorded before any run: the command that made it, the scenario (by content
/// hash), the points, runs per point, seed and code version. Its <see cref="Id"/> is a hash of all of
/// these, so the same command on the same scenario and code finds the same experiment and resumes it.
/// </summary>
public sealed record ExperimentSpec
{
    /// <summary>The command that made it: sweep, simulate or run.</summary>
    public required string Kind { get; init; }

    /// <summary>A name the user gave (may be empty).</summary>
    public string Name { get; init; } = "";

    /// <summary>How the scenario was named (a path or a shipped scenario).</summary>
    public required string Scenario { get; init; }

    /// <summary>SHA-256 of the scenario's text (hex).</summary>
    public required string ScenarioHash { get; init; }

    /// <summary>Runs per point.</summary>
    public required int Runs { get; init; }

    /// <summary>The seed: run i of every point draws from the same stream i.</summary>
    public required ulong Seed { get; init; }

    /// <summary>The version of the code that simulated it.</summary>
    public required string CodeVersion { get; init; }

    /// <summary>The design: grid, lhs, sobol, oat or single.</summary>
    public string Design { get; init; } = "single";

    /// <summary>The varied paths, in order (the export's parameter columns).</summary>
    public IReadOnlyList<string> Parameters { get; init; } = [];

    /// <summary>Days after which the war stops being reported, when overridden.</summary>
    public double? HorizonDays { get; init; }

    /// <summary>Other settings of the command that change its result (a negotiation's protocol and strategies), as text.</summary>
    public string Options { get; init; } = "";

    /// <summary>The points.</summary>
    public required IReadOnlyList<ExperimentPoint> Points { get; init; }

    /// <summary>The spec as canonical JSON (what is stored and hashed).</summary>
    public string ToJson() => JsonSerializer.Serialize(new
    {
        kind = Kind,
        name = Name,
        scenario = Scenario,
        scenarioHash = ScenarioHash,
        runs = Runs,
        seed = Seed,
        codeVersion = CodeVersion,
        design = Design,
        horizonDays = HorizonDays,
        parameters = Parameters,
        options = Options,
        points = Points.Select(p => new { hypothesis = p.Hypothesis, overrides = p.Overrides.Select(o => o.ToString()) }),
    });

    /// <summary>The experiment's id: the first 16 hex digits of the SHA-256 of <see cref="ToJson"/>.</summary>
    public string Id => Hash(ToJson())[..16];

    /// <summary>SHA-256 of <paramref name="text"/> (UTF-8) as lower-case hex.</summary>
    public static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>Reads a spec written by <see cref="ToJson"/>.</summary>
    public static ExperimentSpec FromJson(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var r = doc.RootElement;
        var i = 0;
        return new ExperimentSpec
        {
            Kind = r.GetProperty("kind").GetString()!,
            Name = r.GetProperty("name").GetString()!,
            Scenario = r.GetProperty("scenario").GetString()!,
            ScenarioHash = r.GetProperty("scenarioHash").GetString()!,
            Runs = r.GetProperty("runs").GetInt32(),
            Seed = r.GetProperty("seed").GetUInt64(),
            CodeVersion = r.GetProperty("codeVersion").GetString()!,
            Design = r.GetProperty("design").GetString()!,
            HorizonDays = r.GetProperty("horizonDays").ValueKind == JsonValueKind.Number ? r.GetProperty("horizonDays").GetDouble() : null,
            Parameters = [.. r.GetProperty("parameters").EnumerateArray().Select(p => p.GetString()!)],
            Options = r.TryGetProperty("options", out var options) ? options.GetString()! : "",
            Points = [.. r.GetProperty("points").EnumerateArray().Select(p => new ExperimentPoint(
                i++,
                p.GetProperty("hypothesis").GetString()!,
                [.. p.GetProperty("overrides").EnumerateArray().Select(o => Formats.Overrides.ScenarioOverride.Parse(o.GetString()!))]))],
        };
    }
}
