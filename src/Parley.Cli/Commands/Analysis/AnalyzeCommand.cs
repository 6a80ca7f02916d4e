using System.ComponentModel;
using Parley.Analysis;
using Parley.Application;
using Parley.Cli.Infrastructure;
using Parley.Formats.Analysis;
using Spectre.Console;
using Spectre.Console.Cli;
using Parley.Conflict.Scenarios;

namespace Parley.Cli.Commands.Analysis;

/// <summary><c>parley analyze</c>: the bargaining range, Pareto frontier, solution points and deal-killers.</summary>
public sealed class AnalyzeCommand : Command<AnalyzeCommand.Settings>
{
    /// <summary>Arguments and options.</summary>
    public sealed class Settings : CommandSettings
    {
        /// <summary>A scenario, or a GENIUS domain followed by its profiles.</summary>
        [CommandArgument(0, "<files>")]
        [Description("scenario.yaml, or domain.xml profile.xml profile.xml [[...]]")]
        public string[] Files { get; init; } = [];

        /// <summary>text or json.</summary>
        [CommandOption("-f|--format <FORMAT>")]
        [Description("text (default) or json")]
        [DefaultValue("text")]
        public string Format { get; init; } = "text";

        /// <summary>The hypothesis to analyse, or "all" to compare them side by side.</summary>
        [CommandOption("--hypothesis <NAME>")]
        [Description("for a scenario: the hypothesis to analyse (default: its first), or 'all' to compare them side by side")]
        public string? Hypothesis { get; init; }

        /// <summary>Enumeration limit for profiles with cross-issue terms.</summary>
        [CommandOption("--max-enumerate <N>")]
        [Description("most outcomes to enumerate when profiles have cross-issue terms (default 100000000)")]
        public long? MaxEnumerate { get; init; }

        /// <summary>--set KEY=VALUE: scenario values overridden by path.</summary>
        [CommandOption("--set <KEY=VALUE>")]
        [Description(SetOptions.Help)]
        public string[]? Set { get; init; }

        /// <summary>--store TARGET: record the analysis.</summary>
        [CommandOption("--store <TARGET>")]
        [Description(Commands.Store.StoreOption.Help)]
        public string? Store { get; init; }
    }

    /// <inheritdoc />
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var format = OutputFormats.Parse(settings.Format, OutputFormat.Text, OutputFormat.Json);
        var domain = DomainLoader.Load(settings.Files, SetOptions.Parse(settings.Set));
        var options = AnalysisOptions.Default;
        if (settings.MaxEnumerate is { } max)
        {
            if (max < 1)
            {
                throw new CliException("--max-enumerate must be at least 1");
            }
            options = options with { MaxEnumeratedOutcomes = max };
        }
        if (settings.Hypothesis is { } hypothesis)
        {
            var scenario = domain.Scenario ?? throw new CliException("--hypothesis needs a scenario (.yaml)");
            var names = hypothesis == "all" ? scenario.HypothesisNames.ToArray() : [hypothesis];
            var results = names
                .Select(n => (Name: n, Result: ScenarioAnalysis.Analyze(scenario, n, options)))
                .ToList();
            Record(settings, results.Select(r => (r.Name, AnalysisJson.From(r.Result, domain.Space, $"{domain.Name} [{r.Name}]"))));
            if (format == OutputFormat.Json)
            {
                if (results.Count == 1)
                {
                    JsonOutput.Write(AnalysisJson.ForHypothesis(results[0].Result, domain.Space, domain.Name, results[0].Name));
                }
                else
                {
                    JsonOutput.Write(results.ToDictionary(r => r.Name, r => AnalysisJson.ForHypothesis(r.Result, domain.Space, domain.Name, r.Name)));
                }
                return 0;
            }
            var console = Terminal.Create();
            foreach (var (name, result) in results)
            {
                AnalysisText.Write(console, result, domain.Space, $"{domain.Name} [hypothesis: {name}]");
                console.WriteLine();
            }
            if (results.Count > 1)
            {
                HypothesisComparison.Write(console, results.Select(r => (r.Name, r.Result)).ToList(), domain.Space);
            }
            return 0;
        }
        if (AnalysisSession.Run(domain.ToProblem(), options, cancellationToken) is not { } single)
        {
            return AnalysisSession.Interrupted;
        }
        Record(settings, [(domain.Scenario?.HypothesisNames.FirstOrDefault() ?? "", AnalysisJson.From(single, domain.Space, domain.Name))]);
        if (format == OutputFormat.Json)
        {
            JsonOutput.Write(AnalysisJson.From(single, domain.Space, domain.Name));
        }
        else
        {
            AnalysisText.Write(Terminal.Create(), single, domain.Space, domain.Name);
        }
        return 0;
    }

    /// <summary>Records the analysis in the experiment store when --store or PARLEY_STORE names one.</summary>
    private static void Record<T>(Settings settings, IEnumerable<(string Hypothesis, T Json)> results) =>
        Commands.Store.Recording.RecordResults(settings.Store, "analyze", settings.Files, SetOptions.Parse(settings.Set), 0, "",
            [.. results.Select(r => (r.Hypothesis, System.Text.Json.JsonSerializer.Serialize(r.Json, JsonOutput.Options)))]);
}
