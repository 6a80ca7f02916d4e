using System.Collections.Concurrent;
using Parley.Application;
using Parley.Cluster.Membership;
using Parley.Cluster.Submission;
using Parley.Store.Database;
using Parley.Store.Experiments;
using Parley.Store.Sweeps;

namespace Parley.Web.Sweeps;

/// <summary>
/// The sweeps the dashboard submitted to its cluster (when <c>parley serve</c> was given one): each is
/// registered in the cluster's store and its units submitted in the background; its progress is kept
/// here by experiment id. A sweep submitted again while it runs is the same job.
/// </summary>
public sealed class ClusterSweeps(ClusterMembership membership, StoreTarget store, string codeVersion, string? dataDirectory, string? whyNoData) : IAsyncDisposable
{
    private readonly SemaphoreSlim _connecting = new(1, 1);
    private readonly CancellationTokenSource _stopping = new();
    private readonly ConcurrentDictionary<string, SweepJob> _jobs = new(StringComparer.Ordinal);
    private ClusterConnection? _connection;

    /// <summary>Where the cluster is, as shown to a user.</summary>
    public string Display => membership.Display;

    /// <summary>Plans the sweep (an <see cref="Domain.InputException"/> for a bad value), registers it and starts submitting its units.</summary>
    public async Task<SweepJob> SubmitAsync(ScenarioSource source, SweepRequest request, int batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(request);
        var scenarios = new PointScenarios(source, dataDirectory, whyNoData, request.HorizonDays);
        var spec = SweepPlan.Create(scenarios, request, codeVersion);
        using (var opened = ExperimentStore.Open(store))
        {
            opened.Register(spec, DateTimeOffset.UtcNow);
        }
        var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        var job = _jobs.AddOrUpdate(spec.Id, _ => new SweepJob(spec), (_, old) => old.IsRunning ? old : new SweepJob(spec));
        job.Start(connection, scenarios, batch, _stopping.Token);
        return job;
    }

    /// <summary>The sweep with experiment id <paramref name="id"/>, or null.</summary>
    public SweepJob? Find(string id) => _jobs.TryGetValue(id, out var job) ? job : null;

    private async Task<ClusterConnection> ConnectAsync(CancellationToken cancellationToken)
    {
        await _connecting.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return _connection ??= await ClusterConnection.ConnectAsync(membership, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _connecting.Release();
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        if (_connection is not null)
        {
            await _connection.DisposeAsync().ConfigureAwait(false);
        }
        _stopping.Dispose();
        _connecting.Dispose();
    }
}

/// <summary>A sweep submitted to the cluster: its status (running, done, stopped or failed), progress and error.</summary>
public sealed class SweepJob(ExperimentSpec spec)
{
    private Task? _task;

    /// <summary>The experiment.</summary>
    public ExperimentSpec Spec { get; } = spec;

    /// <summary>running, done, stopped or failed.</summary>
    public string Status { get; private set; } = "running";

    /// <summary>The latest progress, or null before the first.</summary>
    public ClusterSweepProgress? Progress { get; private set; }

    /// <summary>Why it failed.</summary>
    public string? Error { get; private set; }

    /// <summary>True while its units are being submitted.</summary>
    public bool IsRunning => _task is { IsCompleted: false };

    internal void Start(ClusterConnection connection, PointScenarios scenarios, int batch, CancellationToken stopping)
    {
        lock (this)
        {
            if (_task is not null)
            {
                return;
            }
            _task = Task.Run(async () =>
            {
                try
                {
                    var done = await ClusterSweep.RunAsync(connection, Spec, scenarios.DisplayName, scenarios.Text, batch, p => Progress = p, stopping).ConfigureAwait(false);
                    Status = done.UnitsDone == done.Units ? "done" : "stopped";
                }
                catch (Exception ex) when (ex is Domain.InputException or OrleansException or TimeoutException)
                {
                    (Status, Error) = ("failed", ex.Message);
                }
            }, CancellationToken.None);
        }
    }
}
