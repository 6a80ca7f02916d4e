namespace Parley.Cli.Tests.TestSupport;

internal static class ErrorAssert
{
    /// <summary>A one-line error on stderr (after any <c>parley: warning:</c> lines), exit code 2, no stack trace, naming what it must.</summary>
    public static string OneLine(CliResult result, params string[] mustContain)
    {
        Assert.Equal(2, result.ExitCode);
        var lines = result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.StartsWith("parley: warning: ", StringComparison.Ordinal));
        var line = Assert.Single(lines);
        Assert.StartsWith("parley: error: ", line);
        Assert.DoesNotContain("   at ", result.Stderr);
        Assert.DoesNotContain("Exception", result.Stderr);
        foreach (var text in mustContain)
        {
            Assert.Contains(text, line);
        }
        return line;
    }
}
