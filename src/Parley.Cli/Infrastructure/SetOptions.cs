using Parley.Formats.Overrides;

namespace Parley.Cli.Infrastructure;

/// <summary>The <c>--set KEY=VALUE</c> options of the commands that read a scenario, parsed into overrides.</summary>
public static class SetOptions
{
    /// <summary>Help text shared by every command that takes <c>--set</c>.</summary>
    public const string Help = "Override one scenario value by its path, after the hypothesis: --set parties.Hamas.reservation=0.2; a segment with dots or spaces in double quotes. Repeatable.";

    /// <summary>The overrides given (none when <paramref name="set"/> is null).</summary>
    public static IReadOnlyList<ScenarioOverride> Parse(string[]? set) => set is null ? [] : [.. set.Select(ScenarioOverride.Parse)];
}
