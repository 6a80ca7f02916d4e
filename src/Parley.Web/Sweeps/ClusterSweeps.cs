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

    /// <summary>
    /// Checks a sweep as a person or a client states it (one hypothesis, default the scenario's first; runs per
    /// point from 1 to <paramref name="maxRuns"/>; at least one varied value) and submits it; an
    /// <see cref="Domain.InputException"/> names the field at fault. The API and the page both come through here.
    /// </summary>
    public Task<SweepJob> SubmitAsync(ScenarioSource source, Conflict.Scenarios.Scenario scenario, SweepForm form, int maxRuns, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(form);
        var hypothesis = form.Hypothesis ?? scenario.HypothesisNames[0];
        if (!scenario.HypothesisNames.Contains(hypothesis))
        {
            throw new Domain.InputException($"field 'hypothesis': scenario '{scenario.Title}' has no hypothesis '{hypothesis}': use one of {string.Join(", ", scenario.HypothesisNames)}");
        }
        var runs = form.Runs ?? 1000;
        if (runs < 1 || runs > maxRuns || form.Batch is < 1)
        {
            throw new Domain.InputException($"field 'runs' or 'batch': give runs from 1 to {maxRuns} and a batch of at least 1");
        }
        var vary = form.Vary?.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim()).ToArray() ?? [];
        if (vary.Length == 0)
        {
            throw new Domain.InputException("field 'vary': give at least one varied value, e.g. \"war.control_step=0.01,0.02\"");
        }
        var sweep = new SweepRequest
        {
            Hypotheses = [hypothesis],
            Parameters = [.. vary.Select(SweepParameter.Parse)],
            Design = form.Design ?? "grid",
            Size = form.Size,
            Runs = runs,
            Seed = form.Seed ?? 1,
            Name = form.Name ?? "",
        };
        return SubmitAsync(source, sweep, form.Batch ?? ExperimentRunner.DefaultBatch, cancellationToken);
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
