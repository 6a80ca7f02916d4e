using System.Collections.Immutable;
using Parley.Application.Results;
using Parley.Reports.Charts;
using Parley.Reports.Csv;
using Parley.Reports.Html;
using Parley.Simulation;
using Parley.Web.Scenarios;

namespace Parley.Web.Runs;

/// <summary>Where a Monte Carlo job is: the words of the API's <c>status</c> field.</summary>
public enum RunStatus
{
    /// <summary>Waiting in the queue.</summary>
    Queued,

    /// <summary>Being simulated.</summary>
    Running,

    /// <summary>Finished: the summary and the report are there.</summary>
    Done,

    /// <summary>Stopped by an error (see <see cref="RunJob.Error"/>).</summary>
    Failed,

    /// <summary>Cancelled before it finished.</summary>
    Cancelled,
}

/// <summary>One Monte Carlo job of the dashboard: a scenario's hypotheses, runs and seed, its progress and, when done, its summary and report.</summary>
public sealed class RunJob
{
    private readonly CancellationTokenSource _cancel = new();
    private SimulationProgress? _progress;
    private int _hypothesisIndex;
    private string? _page;

    internal RunJob(string id, ScenarioEntry scenario, ImmutableArray<string> hypotheses, int runs, ulong seed, string? owner)
    {
        Id = id;
        Scenario = scenario;
        Hypotheses = hypotheses;
        Runs = runs;
        Seed = seed;
        Owner = owner;
    }

    /// <summary>The job's id (unguessable).</summary>
    public string Id { get; }

    /// <summary>The scenario.</summary>
    public ScenarioEntry Scenario { get; }

    /// <summary>The hypotheses simulated, in order.</summary>
    public ImmutableArray<string> Hypotheses { get; }

    /// <summary>Runs per hypothesis.</summary>
    public int Runs { get; }

    /// <summary>The seed.</summary>
    public ulong Seed { get; }

    /// <summary>The browser session that started it (null: the JSON API).</summary>
    public string? Owner { get; }

    /// <summary>Where the job is.</summary>
    public RunStatus Status { get; private set; } = RunStatus.Queued;

    /// <summary>The share of runs finished, 0 to 1.</summary>
    public double Progress => Status == RunStatus.Done ? 1.0
        : _progress is { } p ? Math.Min(1.0, (_hypothesisIndex + (p.Completed / (double)Runs)) / Hypotheses.Length) : 0.0;

    /// <summary>The summary, the text <c>parley simulate --format json</c> prints (an array for several hypotheses), once done.</summary>
    public string? SummaryJson { get; private set; }

    /// <summary>Why it failed.</summary>
    public string? Error { get; private set; }

    /// <summary>The report's data, once done.</summary>
    public RunReport? Report { get; private set; }

    /// <summary>The report's charts, once done.</summary>
    public ReportCharts? Charts { get; private set; }

    /// <summary>The report's CSV tables, once done.</summary>
    public IReadOnlyList<CsvTable> Tables { get; private set; } = [];

    /// <summary>Raised when the status or the progress moves on (from the worker's thread).</summary>
    public event Action? Changed;

    internal CancellationToken Token => _cancel.Token;

    /// <summary>The status as the API words it.</summary>
    public string StatusText => Status.ToString().ToLowerInvariant();

    /// <summary>The report's HTML page (the page <c>parley run</c> writes), once done.</summary>
    public string? Page()
    {
        if (Report is null || Charts is null)
        {
            return null;
        }
        return _page ??= ReportPage.Build(Report, Charts, Tables);
    }

    /// <summary>Asks the job to stop; a queued job is cancelled at once.</summary>
    public void Cancel()
    {
        if (Status is RunStatus.Queued)
        {
            Status = RunStatus.Cancelled;
        }
        if (Status is RunStatus.Queued or RunStatus.Running or RunStatus.Cancelled)
        {
            _cancel.Cancel();
        }
        Changed?.Invoke();
    }

    internal void Started()
    {
        Status = RunStatus.Running;
        Changed?.Invoke();
    }

    internal void Attach(string hypothesis, SimulationProgress progress)
    {
        _hypothesisIndex = Math.Max(0, Hypotheses.IndexOf(hypothesis));
        _progress = progress;
    }

    internal void Finished(string summary, RunReport report, ReportCharts charts, IReadOnlyList<CsvTable> tables)
    {
        (SummaryJson, Report, Charts, Tables) = (summary, report, charts, tables);
        Status = RunStatus.Done;
        Changed?.Invoke();
    }

    internal void Stopped(RunStatus status, string? error)
    {
        Status = status;
        Error = error;
        Changed?.Invoke();
    }

    internal void Tick() => Changed?.Invoke();
}
