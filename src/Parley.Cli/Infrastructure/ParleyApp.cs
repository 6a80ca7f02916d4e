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
    /// <summary>
    /// The version <c>parley --version</c> prints: the package version and, when the build knew it,
    /// the commit it was built from (e.g. <c>1.0.0 (commit 314c116)</c>).
    /// </summary>
    public static string Version { get; } = Describe(
        typeof(ParleyApp).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
            .OfType<System.Reflection.AssemblyInformationalVersionAttribute>().FirstOrDefault()?.InformationalVersion ?? "unknown");

    private static string Describe(string informational)
    {
        var plus = informational.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? informational : $"{informational[..plus]} (commit {informational[(plus + 1)..Math.Min(informational.Length, plus + 8)]})";
    }

    /// <summary>Exit code for bad input or usage.</summary>
    public const int UsageError = 2;

    /// <summary>Runs the command line on the process console and returns the process exit code.</summary>
    public static int Run(string[] args)
    {
        if (Console.IsOutputRedirected)
        {
            // Commands that write to the process-wide console get the wide, TSV-table console too.
            AnsiConsole.Console = Terminal.Create();
        }
        return Execute(args, null);
    }

    /// <summary>
    /// Runs the command line in-process and returns the exit code the process would give: standard output
    /// goes to <paramref name="console"/> (Spectre output and plain JSON/CSV writes alike, in order) and
    /// standard error to <paramref name="error"/>. Safe to call from parallel threads: each call captures
    /// only its own output (see <see cref="AmbientConsole"/>). Relative paths in <paramref name="args"/>
    /// are resolved against the process working directory, which this never changes: pass absolute paths
    /// (and <c>--out</c> for <c>run</c>).
    /// </summary>
    public static int Run(string[] args, IAnsiConsole console, TextWriter error) => Run(args, console, error, outputIsPiped: false);

    /// <summary>
    /// As <see cref="Run(string[], IAnsiConsole, TextWriter)"/>, as if standard output were a pipe or a
    /// file when <paramref name="outputIsPiped"/> (tables then come as TSV, as they do for <c>parley ... | less</c>).
    /// </summary>
    public static int Run(string[] args, IAnsiConsole console, TextWriter error, bool outputIsPiped)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(error);
        var output = outputIsPiped ? new TsvConsole(console) : console;
        using (AmbientConsole.Enter(new CliOutput(output, error, outputIsPiped)))
        {
            return Execute(args, output);
        }
    }

    private static int Execute(string[] args, IAnsiConsole? console)
    {
        var app = new CommandApp();
        app.Configure(config =>
        {
            Configure(config);
            if (console is not null)
            {
                config.ConfigureConsole(console);
            }
        });
        try
        {
            return app.Run(CommandLine.Normalise(args));
        }
        catch (Exception ex) when (OptionValues.IsConversionFailure(ex))
        {
            return Fail(new CliException(OptionValues.Describe(ex, args), ex));
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
        config.SetApplicationVersion(Version);
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
        config.AddCommand<Commands.Store.SweepCommand>("sweep")
            .WithDescription("Run a scenario over a grid (or Latin hypercube, Sobol or one-at-a-time design) of overridden values into the experiment store; resumes where it stopped; --shard i/N for batch schedulers, --cluster for an Orleans cluster.")
            .WithExample("sweep", "scenarios/gaza-2025/scenario.yaml", "--vary", "parties.Hamas.reservation=0.1,0.2,0.3", "--runs", "1000", "--seed", "1");
        config.AddCommand<Commands.Cluster.SiloCommand>("silo")
            .WithDescription("An Orleans silo that joins the cluster meeting in a PostgreSQL store and runs the units of sweeps submitted with sweep --cluster, until Ctrl-C.")
            .WithExample("silo", "--store", "postgresql://parley@db/parley", "--threads", "8");
        config.AddBranch("runs", Commands.Store.RunsBranch.Configure);
        config.AddBranch("data", DataBranch.Configure);
        config.AddBranch("scenarios", Commands.Scenarios.ScenariosBranch.Configure);
        config.AddBranch("text", Commands.Texts.TextBranch.Configure);
        config.AddCommand<Commands.Serve.ServeCommand>("serve")
            .WithDescription("The web dashboard: scenarios, analysis, map, Monte Carlo runs and play-a-side, on 127.0.0.1 unless --urls says otherwise.")
            .WithExample("serve", "--port", "8080");
        config.AddCommand<BacktestCommand>("backtest").WithDescription("Run every scenario in a folder that has an observed: section and score the engine against history.");
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
