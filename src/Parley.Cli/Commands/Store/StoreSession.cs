using Parley.Cli.Infrastructure;
using Parley.Store.Database;
using Parley.Store.Experiments;
using Spectre.Console;

namespace Parley.Cli.Commands.Store;

/// <summary>Runs an experiment's work for the CLI: a progress bar on a terminal; Ctrl-C stops after the batch being simulated, keeping every stored batch.</summary>
internal static class StoreSession
{
    public static ExperimentProgress Run(ExperimentStore store, ExperimentSpec spec, PointScenarios scenarios, Shard shard, int? threads, int batch, CancellationToken cancellationToken)
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
            if (!Terminal.IsInteractive)
            {
                return ExperimentRunner.Run(store, spec, scenarios, shard, threads, batch, null, stop.Token);
            }
            ExperimentProgress? result = null;
            AnsiConsole.Progress()
                .AutoClear(true)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
                .Start(ctx =>
                {
                    var task = ctx.AddTask($"{spec.Points.Count} points x {spec.Runs:N0} runs", maxValue: 1);
                    result = ExperimentRunner.Run(store, spec, scenarios, shard, threads, batch, p =>
                    {
                        task.MaxValue = Math.Max(1, p.Total);
                        task.Value = p.Done;
                        ctx.Refresh();
                    }, stop.Token);
                });
            return result!;
        }
        finally
        {
            Console.CancelKeyPress -= OnCancel;
        }
    }
}
