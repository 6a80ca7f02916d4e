using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Threading.Channels;
using Parley.Application;
using Parley.Domain;
using Parley.Reports.Charts;
using Parley.Reports.Csv;
using Parley.Simulation.Summaries;
using Parley.Web.Scenarios;

namespace Parley.Web.Runs;

/// <summary>
/// The bounded queue of Monte Carlo jobs: at most <see cref="ServeSettings.QueueCapacity"/> wait (a
/// request past that is refused, and the API answers 429), <see cref="ServeSettings.Workers"/> run at a
/// time, and only the newest finished jobs are kept. Each job runs the library's main job
/// (<see cref="ScenarioRun"/>) on its hypotheses, so its summary is the one <c>parley simulate</c> prints.
/// </summary>
public sealed class RunQueue : BackgroundService
{
    /// <summary>Finished jobs kept for their results.</summary>
    public const int KeptJobs = 200;

    private readonly Channel<RunJob> _queue;
    private readonly ConcurrentDictionary<string, RunJob> _jobs = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _order = new();
    private readonly ServeSettings _settings;
    private readonly ScenarioViews _views;

    /// <summary>Creates the queue.</summary>
    public RunQueue(ServeSettings settings, ScenarioViews views)
    {
        ArgumentNullException.ThrowIfNull(settings);
        _settings = settings;
        _views = views;
        _queue = Channel.CreateBounded<RunJob>(new BoundedChannelOptions(settings.QueueCapacity) { FullMode = BoundedChannelFullMode.Wait });
    }

    /// <summary>The job with <paramref name="id"/>, or null.</summary>
    public RunJob? Find(string id) => _jobs.TryGetValue(id, out var job) ? job : null;

    /// <summary>Queues a job; null when the queue is full.</summary>
    public RunJob? Enqueue(ScenarioEntry scenario, IEnumerable<string> hypotheses, int runs, ulong seed, string? owner)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var job = new RunJob(Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12)), scenario, [.. hypotheses], runs, seed, owner);
        if (!_queue.Writer.TryWrite(job))
        {
            return null;
        }
        _jobs[job.Id] = job;
        _order.Enqueue(job.Id);
        Forget();
        return job;
    }

    /// <inheritdoc />
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, _settings.Workers).Select(_ => Task.Run(() => Work(stoppingToken), stoppingToken)));

    private async Task Work(CancellationToken stoppingToken)
    {
        await foreach (var job in _queue.Reader.ReadAllAsync(stoppingToken).ConfigureAwait(false))
        {
            if (job.Status == RunStatus.Cancelled)
            {
                continue;
            }
            using var both = CancellationTokenSource.CreateLinkedTokenSource(job.Token, stoppingToken);
            Execute(job, both.Token);
        }
    }

    private void Execute(RunJob job, CancellationToken token)
    {
        job.Started();
        using var ticker = new Timer(_ => job.Tick(), null, 250, 250);
        try
        {
            var options = new RunOptions
            {
                Runs = job.Runs,
                Seed = job.Seed,
                Hypotheses = job.Hypotheses,
                DataDirectory = _settings.DataDirectory,
                WhyNoData = _settings.WhyNoData,
            };
            var run = ScenarioRun.Execute(job.Scenario.Scenario!, options, job.Attach, token);
            if (!run.Complete || token.IsCancellationRequested)
            {
                job.Stopped(RunStatus.Cancelled, null);
                return;
            }
            var summaries = run.Hypotheses.Select(h => h.Summary is { } s ? SummaryJsonWriter.ToJson(s, null, h.Model?.Parties) : throw new ModelException($"hypothesis '{h.Name}' has no war to simulate")).ToList();
            var report = RunReportBuilder.Build(run, job.Scenario.DisplayName, _views.Inputs(job.Scenario));
            job.Finished(summaries.Count == 1 ? summaries[0] : "[" + string.Join(",", summaries) + "]", report, ReportCharts.Draw(report), ReportCsv.Tables(report));
        }
        catch (OperationCanceledException)
        {
            job.Stopped(RunStatus.Cancelled, null);
        }
        catch (Exception ex) when (ex is ModelException or InputException or ArgumentException or InvalidOperationException)
        {
            job.Stopped(RunStatus.Failed, ex.Message);
        }
    }

    private void Forget()
    {
        while (_jobs.Count > KeptJobs && _order.TryPeek(out var oldest) && _jobs.TryGetValue(oldest, out var job) && job.Status is RunStatus.Done or RunStatus.Failed or RunStatus.Cancelled)
        {
            _order.TryDequeue(out _);
            _jobs.TryRemove(oldest, out _);
        }
    }
}
