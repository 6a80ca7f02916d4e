using Parley.Formats.Scenario;
using Parley.Formats.Yaml;

namespace Parley.Cli.Infrastructure;

/// <summary>
/// The warning a command prints when it loads a scenario file with bare numbers: the file still
/// loads for analysis and simulation, and <c>parley validate</c> lists them (and fails on them).
/// </summary>
internal static class UncitedNumbers
{
    /// <summary>Prints the warning on standard error when <paramref name="path"/> has numbers without a source or an assumption.</summary>
    public static void Warn(string path)
    {
        if (!File.Exists(path))
        {
            return;
        }
        var bare = ScenarioNumbers.Of(YamlToJson.Parse(TextFile.Read(path), path)).Count(n => n.Basis == NumberBasis.Bare);
        if (bare > 0)
        {
            Console.Error.WriteLine($"parley: warning: {path} has {bare} number{(bare == 1 ? "" : "s")} with neither a source nor an assumption (parley validate {path} lists them)");
        }
    }
}
