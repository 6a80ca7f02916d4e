using Parley.Cli.Infrastructure;
using Parley.Cluster.Membership;
using Parley.Cluster.Submission;
using Parley.Store.Database;
using Parley.Store.Experiments;
using Spectre.Console;

namespace Parley.Cli.Commands.Cluster;

/// <summary>Submits a sweep to a cluster for the CLI: a progress bar on a terminal; Ctrl-C stops submitting and waits for the units under way.</summary>
internal static class ClusterSession
{
    public static ClusterSweepProgress Run(StoreTarget store, ExperimentSpec spec, PointScenarios scenarios, int batch, CancellationToken cancellationToken)
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
            var membership = ClusterMembership.Database(store);
            var cluster = ClusterOption.Wait(ClusterConnection.ConnectAsync(membership, stop.Token), $"cannot reach the cluster in {store.Display}");
            try
            {
                return ClusterOption.Wait(Submit(cluster, spec, scenarios, batch, stop.Token), $"the cluster in {store.Display} failed");
            }
            finally
            {
                cluster.DisposeAsync().AsTask().GetAwaiter().GetResult();
            }
        }
        finally
        {
            Console.CancelKeyPress -= OnCancel;
        }
    }

    private static async Task<ClusterSweepProgress> Submit(ClusterConnection cluster, ExperimentSpec spec, PointScenarios scenarios, int batch, CancellationToken cancellationToken)
    {
        if (!Terminal.IsInteractive)
        {
            return await ClusterSweep.RunAsync(cluster, spec, scenarios.DisplayName, scenarios.Text, batch, null, cancellationToken).ConfigureAwait(false);
        }
        ClusterSweepProgress? result = null;
        await AnsiConsole.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async ctx =>
            {
                var task = ctx.AddTask($"{spec.Points.Count} points x {spec.Runs:N0} runs on the cluster", maxValue: 1);
                result = await ClusterSweep.RunAsync(cluster, spec, scenarios.DisplayName, scenarios.Text, batch, p =>
                {
                    task.Description = $"{spec.Points.Count} points x {spec.Runs:N0} runs on {p.Silos} silo{(p.Silos == 1 ? "" : "s")}";
                    task.MaxValue = Math.Max(1, p.Total);
                    task.Value = p.Done;
                    ctx.Refresh();
                }, cancellationToken).ConfigureAwait(false);
            }).ConfigureAwait(false);
        return result!;
    }
}
