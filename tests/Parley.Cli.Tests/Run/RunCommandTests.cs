using Parley.Cli.Tests.TestSupport;

namespace Parley.Cli.Tests.Run;

public sealed class RunCommandTests
{
    [Fact]
    public void Run_works_from_any_folder_with_the_embedded_default_scenario()
    {
        var elsewhere = Path.Combine(Path.GetTempPath(), "parley-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(elsewhere);
        var result = ParleyProcess.RunIn(elsewhere, "run");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("bargaining range", result.Stdout);
        Assert.True(File.Exists(Path.Combine(elsewhere, "parley-out", "analysis.csv")), "parley-out/analysis.csv written in the working folder");
    }
}
