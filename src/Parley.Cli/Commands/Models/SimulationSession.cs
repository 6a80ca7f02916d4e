using Parley.Simulation;
using Spectre.Console;

namespace Parley.Cli.Commands.Models;

/// <summary>
/// Runs a Monte Carlo simulation for the CLI: a progress bar when standard output is a terminal, and
/// Ctrl-C stops it cleanly, keeping the finished prefix of runs.
/// </summary>
internal static class SimulationSession
{
    /// <summary>Exit code after an interrupted but reported simulation (128 + SIGINT, as shells use).</summary>
    public const int Interrupted = 130;

    public static MonteCarloResult Run(IRunModel model, MonteCarloOptions options, CancellationToken cancellationToken) =>
        Run(model, options, (progress, token) => MonteCarloRunner.Run(model, options, progress, token), cancellationToken);

    /// <summary>Runs <paramref name="simulate"/> (an in-memory or a recorded simulation of <paramref name="model"/>) with the progress bar and Ctrl-C handling.</summary>
    public static MonteCarloResult Run(IRunModel model, MonteCarloOptions options, Func<SimulationProgress, CancellationToken, MonteCarloResult> simulate, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        void OnCancel(object? sender, ConsoleCancelEventArgs e)
        {
            e.Cancel = true;
            stop.Cancel();
        }
        Console.CancelKeyPress += OnCancel;
        try
        {
            var progress = new SimulationProgress();
            if (Console.IsOutputRedirected || !AnsiConsole.Profile.Capabilities.Interactive)
            {
                return simulate(progress, stop.Token);
            }
            MonteCarloResult? result = null;
            AnsiConsole.Progress()
                .AutoClear(true)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
                .Start(ctx =>
                {
                    var task = ctx.AddTask($"{model.Name}: {options.Runs:N0} runs", maxValue: options.Runs);
                    var work = Task.Run(() => simulate(progress, stop.Token), CancellationToken.None);
                    while (!work.IsCompleted)
                    {
                        task.Value = progress.Completed;
                        ctx.Refresh();
                        Thread.Sleep(100);
                    }
                    task.Value = progress.Completed;
                    result = work.GetAwaiter().GetResult();
                });
            return result!;
        }
        finally
        {
            Console.CancelKeyPress -= OnCancel;
        }
    }

    /// <summary>Tells the user on standard error that the run was cut short, and returns the exit code.</summary>
    public static int ReportIfInterrupted(MonteCarloResult result)
    {
        if (result.IsComplete)
        {
            return 0;
        }
        Console.Error.WriteLine(
            $"parley: stopped after {result.Runs} of {result.Options.Runs} runs: the summary covers runs 0 to {result.Runs - 1}, the same as a full run with seed {result.Options.Seed} would give for them");
        return Interrupted;
    }
}
