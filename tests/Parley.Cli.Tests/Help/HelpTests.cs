using System.Text.RegularExpressions;
using Parley.Cli.Tests.TestSupport;

namespace Parley.Cli.Tests.Help;

/// <summary>
/// <c>--help</c> works on every command and subcommand the tool lists (the commands are read from
/// the tool's own help, so a new command is covered without editing this test).
/// </summary>
public sealed partial class HelpTests
{
    [Fact]
    public void Every_command_and_subcommand_prints_its_help()
    {
        var checkedCommands = new List<string>();
        foreach (var command in Commands([]))
        {
            Check([command], checkedCommands);
            foreach (var sub in Commands([command]))
            {
                Check([command, sub], checkedCommands);
            }
        }
        Assert.Contains("analyze", checkedCommands);
        Assert.Contains("data hazard", checkedCommands);
        Assert.True(checkedCommands.Count >= 10, $"only {checkedCommands.Count} commands were found in the help: {string.Join(", ", checkedCommands)}");
    }

    private static void Check(string[] command, List<string> checkedCommands)
    {
        var result = ParleyCli.Run([.. command, "--help"]);
        var name = string.Join(' ', command);
        Assert.True(result.ExitCode == 0, $"parley {name} --help exited {result.ExitCode}: {result.Stderr}");
        Assert.Contains("USAGE:", result.Stdout, StringComparison.Ordinal);
        checkedCommands.Add(name);
    }

    /// <summary>The command names listed under COMMANDS: in the help of <paramref name="parent"/>.</summary>
    private static List<string> Commands(string[] parent)
    {
        var help = ParleyCli.Run([.. parent, "--help"]).Stdout;
        var at = help.IndexOf("COMMANDS:", StringComparison.Ordinal);
        if (at < 0)
        {
            return [];
        }
        return [.. CommandLine().Matches(help[at..]).Select(m => m.Groups[1].Value).Distinct()];
    }

    [GeneratedRegex(@"^    ([a-z][a-z-]*)(?: <[^>]+>)?(?: \[[^\]]+\])?\s{2,}", RegexOptions.Multiline)]
    private static partial Regex CommandLine();
}

/// <summary><c>parley --version</c>.</summary>
public sealed class VersionTests
{
    [Fact]
    public void Version_prints_the_package_version_and_the_commit_when_known()
    {
        var result = ParleyCli.Run("--version");
        Assert.Equal(0, result.ExitCode);
        var version = typeof(Parley.Cli.Infrastructure.ParleyApp).Assembly.GetName().Version!;
        Assert.StartsWith($"{version.Major}.{version.Minor}.{version.Build}", result.Stdout.Trim(), StringComparison.Ordinal);
        Assert.Matches(@"^\d+\.\d+\.\d+(-[\w.]+)?( \(commit [0-9a-f]{7}\))?$", result.Stdout.Trim());
    }
}
