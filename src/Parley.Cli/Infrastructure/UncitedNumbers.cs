using Parley.Conflict.Scenarios;

namespace Parley.Cli.Infrastructure;

/// <summary>
/// The warning a command prints when it loads a scenario file with bare numbers: the file still
/// loads for analysis and simulation, and <c>parley validate</c> lists them (and fails on them).
/// The count comes from the reader (<see cref="Scenario.BareNumbers"/>), so the file is read once.
/// </summary>
internal static class UncitedNumbers
{
    /// <summary>Prints the warning on standard error when <paramref name="scenario"/>, read from <paramref name="path"/>, has numbers without a source or an assumption.</summary>
    public static void Warn(Scenario scenario, string path)
    {
        var bare = scenario.BareNumbers;
        if (bare > 0)
        {
            Warnings.Print([$"{path} has {bare} number{(bare == 1 ? "" : "s")} with neither a source nor an assumption (parley validate {path} lists them)"]);
        }
    }
}
