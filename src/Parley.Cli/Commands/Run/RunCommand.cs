using System.ComponentModel;
using Parley.Analysis;
using Parley.Cli.Commands.Analysis;
using Parley.Cli.Infrastructure;
using Parley.Formats.Scenario;
using Spectre.Console.Cli;

namespace Parley.Cli.Commands.Run;

/// <summary><c>parley run [scenario.yaml]</c>: the main job, end to end on a scenario (the embedded default without one).</summary>
public sealed class RunCommand : Command<RunCommand.Settings>
{
    /// <summary>Arguments.</summary>
    public sealed class Settings : CommandSettings
    {
        /// <summary>The scenario; the embedded default when omitted.</summary>
        [CommandArgument(0, "[scenario]")]
        [Description("a scenario .yaml (default: the embedded default scenario)")]
        public string? Scenario { get; init; }
    }

    /// <inheritdoc />
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var scenario = settings.Scenario is null ? DefaultScenario.Load() : ScenarioReader.ReadFile(settings.Scenario);
        var domain = DomainLoader.FromScenario(scenario);
        var result = BargainingAnalysis.Analyze(domain.ToProblem());
        AnalysisText.Write(Terminal.Create(), result, domain.Space, scenario.Title);
        return 0;
    }
}
