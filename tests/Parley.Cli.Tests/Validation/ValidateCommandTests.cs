using Parley.Cli.Tests.TestSupport;

namespace Parley.Cli.Tests.Validation;

public sealed class ValidateCommandTests
{
    [Fact]
    public void The_example_scenario_is_valid_and_its_citations_are_counted()
    {
        var result = ParleyCli.Run("validate", TestFiles.Example);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("ok", result.Stdout);
        Assert.Contains("numbers:", result.Stdout);
    }

    [Fact]
    public void A_genius_profile_is_valid()
    {
        var result = ParleyCli.Run("validate", TestFiles.Shared("data", "genius", "Car", "adg_A10.xml"));
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("15,625 outcomes", result.Stdout);
    }
}
