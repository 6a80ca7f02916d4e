using System.ComponentModel;
using Parley.Analysis;
using Parley.Cli.Infrastructure;
using Spectre.Console.Cli;

namespace Parley.Cli.Commands.Analysis;

/// <summary><c>parley analyze</c>: the bargaining range, Pareto frontier, solution points and deal-killers.</summary>
public sealed class AnalyzeCommand : Command<AnalyzeCommand.Settings>
{
    /// <summary>Arguments and options.</summary>
    public sealed class Settings : CommandSettings
    {
        /// <summary>A scenario, or a GENIUS domain followed by its profiles.</summary>
        [CommandArgument(0, "<files>")]
        [Description("scenario.yaml, or domain.xml profile.xml profile.xml [...]")]
        public string[] Files { get; init; } = [];

        /// <summary>text or json.</summary>
        [CommandOption("-f|--format <FORMAT>")]
        [Description("text (default) or json")]
        [DefaultValue("text")]
        public string Format { get; init; } = "text";

        /// <summary>Enumeration limit for profiles with cross-issue terms.</summary>
        [CommandOption("--max-enumerate <N>")]
        [Description("most outcomes to enumerate when profiles have cross-issue terms (default 100000000)")]
        public long? MaxEnumerate { get; init; }
    }

    /// <inheritdoc />
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var format = OutputFormats.Parse(settings.Format, OutputFormat.Text, OutputFormat.Json);
        var domain = DomainLoader.Load(settings.Files);
        var options = AnalysisOptions.Default;
        if (settings.MaxEnumerate is { } max)
        {
            if (max < 1)
            {
                throw new CliException("--max-enumerate must be at least 1");
            }
            options = options with { MaxEnumeratedOutcomes = max };
        }
        var result = BargainingAnalysis.Analyze(domain.ToProblem(), options);
        if (format == OutputFormat.Json)
        {
            JsonOutput.Write(AnalysisJson.From(result, domain.Space, domain.Name));
        }
        else
        {
            AnalysisText.Write(Terminal.Create(), result, domain.Space, domain.Name);
        }
        return 0;
    }
}
