using Parley.Cli.Commands.Aid;
using Parley.Cli.Commands.Analysis;
using Parley.Cli.Commands.Data;
using Parley.Cli.Commands.Map;
using Parley.Cli.Commands.Models;
using Parley.Cli.Commands.Negotiation;
using Parley.Cli.Commands.Run;
using Parley.Cli.Commands.Validation;
using Parley.Domain;
using Parley.Formats;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Parley.Cli.Infrastructure;

/// <summary>Builds the command tree and turns every expected failure into a one-line error and exit code.</summary>
public static class ParleyApp
{
    /// <summary>Exit code for bad input or usage.</summary>
    public const int UsageError = 2;

    /// <summary>Runs the command line and returns the process exit code.</summary>
    public static int Run(string[] args)
    {
        var app = new CommandApp();
        app.Configure(Configure);
        try
        {
            return app.Run(CommandLine.Normalise(args));
        }
        catch (Exception ex) when (IsUserError(ex))
        {
            return Fail(ex);
        }
    }

    /// <summary>Registers every command.</summary>
    public static void Configure(IConfigurator config)
    {
        ArgumentNullException.ThrowIfNull(config);
        config.SetApplicationName("parley");
        config.PropagateExceptions();
        config.UseStrictParsing();
        config.SetHelpProvider(new ParameterHelp(config.Settings));
        config.AddCommand<RunCommand>("run")
            .WithDescription("Run the main job on a scenario (the embedded default scenario without one).")
            .WithExample("run")
            .WithExample("run", "scenarios/example/scenario.yaml");
        config.AddCommand<AnalyzeCommand>("analyze")
            .WithAlias("analyse")
            .WithDescription("Bargaining range, Pareto frontier, Nash/Kalai-Smorodinsky points and deal-killers.")
            .WithExample("analyze", "scenarios/example/scenario.yaml")
            .WithExample("analyze", "domain.xml", "buyer.xml", "seller.xml", "--format", "json");
        config.AddCommand<AmendCommand>("amend")
            .WithDescription("What an amendment to a text does to each party, and whether the text stays in the range.")
            .WithExample("amend", "scenarios/example/scenario.yaml", "--text", "framework", "--set", "aid trucks per day=800");
        config.AddCommand<NegotiateCommand>("negotiate")
            .WithDescription("Run one negotiation between strategies (alternating offers, mediated text or ultimatum) and show its trace.")
            .WithExample("negotiate", "scenarios/example/scenario.yaml", "--protocol", "mediated", "--strategies", "boulware,conceder");
        config.AddCommand<TournamentCommand>("tournament")
            .WithDescription("Every strategy against every strategy in every role, on every domain: agreement rate, utility, distance to Nash and Pareto.")
            .WithExample("tournament", "--domain", "scenarios/example/scenario.yaml", "--strategies", "boulware,conceder,linear,tit-for-tat");
        config.AddCommand<ValidateCommand>("validate")
            .WithDescription("Check a scenario YAML or GENIUS XML file and report the first problem.")
            .WithExample("validate", "scenarios/example/scenario.yaml");
        config.AddCommand<AidCommand>("aid")
            .WithDescription("Compare aid by land and by air, and the share of food need met, under given aid terms.")
            .WithExample("aid", "--trucks", "600", "--administration", "un");
        config.AddCommand<MapCommand>("map")
            .WithDescription("Measure withdrawal-line options (area held, share, people inside) and draw them as SVG.")
            .WithExample("map", "--buffer", "0.7,1.1,1.2", "--svg", "lines.svg");
        config.AddBranch("model", ModelCommands.Register);
        config.AddCommand<SimulateCommand>("simulate")
            .WithDescription("Monte Carlo runs of a model preset or of a scenario's war process: endings, time to agreement, casualties, terms, ceasefire survival; CSV/Parquet export.")
            .WithExample("simulate", "--model", "smith-stam", "--runs", "1000");
        config.AddBranch("data", DataBranch.Configure);
    }

    private static bool IsUserError(Exception ex) =>
        ex is InputException or ModelException or CommandParseException or CommandRuntimeException or CliException
            or FileNotFoundException or DirectoryNotFoundException or UnauthorizedAccessException;

    private static int Fail(Exception ex)
    {
        var message = ex switch
        {
            FileNotFoundException f => $"{f.FileName ?? "file"}: file not found: check the path",
            DirectoryNotFoundException d => $"{d.Message.TrimEnd('.')}: check the path",
            _ => CommandLine.Message(ex),
        };
        message = message.ReplaceLineEndings(" ").Trim();
        Console.Error.WriteLine($"parley: error: {message}");
        return UsageError;
    }
}
