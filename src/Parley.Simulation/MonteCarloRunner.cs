using System.Runtime.ExceptionServices;
using Parley.Domain;
using Parley.Randomness;

namespace Parley.Simulation;

/// <summary>
/// Runs a model many times on all cores. Run i always draws from <c>CounterRandom(seed, i)</c> and
/// writes only slot i of the result, so records, summaries and exports are identical for any thread
/// count and any scheduling. Workers take chunks of consecutive run indices; on cancellation they stop
/// starting runs, and the result keeps the longest contiguous prefix of finished runs.
/// </summary>
public static class MonteCarloRunner
{
    /// <summary>Most runs a worker takes at a time (small enough for a prompt stop and a smooth progress bar).</summary>
    private const int MaxChunk = 1024;

    /// <summary>Simulates <paramref name="options"/>.Runs runs of <paramref name="model"/>.</summary>
    /// <typeparam name="TModel">The model type; a struct model gets a specialised, devirtualised loop.</typeparam>
    /// <param name="model">The model (shared by all workers).</param>
    /// <param name="options">Runs, seed and threads.</param>
    /// <param name="progress">Optional counter of finished runs, for a progress bar.</param>
    /// <param name="cancellationToken">Stops the simulation early; the finished prefix is kept.</param>
    public static MonteCarloResult Run<TModel>(
        TModel model,
        MonteCarloOptions options,
        SimulationProgress? progress = null,
        CancellationToken cancellationToken = default)
        where TModel : IRunModel
    {
        if (model is null)
        {
            throw new ArgumentNullException(nameof(model));
        }
        ArgumentNullException.ThrowIfNull(options);
        var columns = model.Columns;
        var width = columns.Count;
        var runs = options.Runs;
        if ((long)runs * width > Array.MaxLength)
        {
            throw new ModelException($"{runs} runs x {width} values per run do not fit in memory: simulate fewer runs");
        }
        var job = new Job<TModel>(model, options.Seed, options.FirstRun, runs, width, Math.Min(options.Threads, runs), progress, cancellationToken);
        job.Execute();
        return job.Result(model.Name, columns, options);
    }

    private sealed class Job<TModel>
        where TModel : IRunModel
    {
        private readonly TModel _model;
        private readonly ulong _seed;
        private readonly int _first;
        private readonly int _runs;
        private readonly int _width;
        private readonly int _threads;
        private readonly int _chunk;
        private readonly int[] _finishedInChunk;
        private readonly RunRecord[] _records;
        private readonly double[] _values;
        private readonly SimulationProgress? _progress;
        private readonly CancellationToken _token;
        private int _nextChunk = -1;
        private volatile bool _failed;
        private ExceptionDispatchInfo? _failure;

        public Job(TModel model, ulong seed, int first, int runs, int width, int threads, SimulationProgress? progress, CancellationToken token)
        {
            _model = model;
            _seed = seed;
            _first = first;
            _runs = runs;
            _width = width;
            _threads = threads;
            _chunk = Math.Clamp(runs / (threads * 32), 1, MaxChunk);
            _finishedInChunk = new int[(runs + _chunk - 1) / _chunk];
            _records = new RunRecord[runs];
            _values = new double[runs * width];
            Array.Fill(_values, double.NaN);
            _progress = progress;
            _token = token;
        }

        public void Execute()
        {
            var helpers = new Thread[_threads - 1];
            for (var t = 0; t < helpers.Length; t++)
            {
                helpers[t] = new Thread(Work) { IsBackground = true, Name = $"parley-mc-{t + 1}" };
                helpers[t].Start();
            }
            Work();
            foreach (var helper in helpers)
            {
                helper.Join();
            }
            _failure?.Throw();
        }

        public MonteCarloResult Result(string name, IReadOnlyList<RunValueColumn> columns, MonteCarloOptions options)
        {
            var kept = 0;
            for (var c = 0; c < _finishedInChunk.Length; c++)
            {
                kept += _finishedInChunk[c];
                if (_finishedInChunk[c] < Math.Min(_chunk, _runs - (c * _chunk)))
                {
                    break;
                }
            }
            if (kept == _runs)
            {
                return new MonteCarloResult(name, columns, options, _records, _values);
            }
            return new MonteCarloResult(name, columns, options, _records[..kept], _values[..(kept * _width)]);
        }

        private void Work()
        {
            try
            {
                while (!_failed && !_token.IsCancellationRequested)
                {
                    var c = Interlocked.Increment(ref _nextChunk);
                    if (c >= _finishedInChunk.Length)
                    {
                        return;
                    }
                    var start = c * _chunk;
                    var end = Math.Min(_runs, start + _chunk);
                    var i = start;
                    for (; i < end && !_token.IsCancellationRequested; i++)
                    {
                        var random = new CounterRandom(_seed, (ulong)(_first + i));
                        _records[i] = _model.Run(ref random, _values.AsSpan(i * _width, _width));
                    }
                    _finishedInChunk[c] = i - start;
                    _progress?.Add(i - start);
                }
            }
#pragma warning disable CA1031 // a worker thread must not crash the process: the failure is rethrown on the caller's thread
            catch (Exception ex)
#pragma warning restore CA1031
            {
                Interlocked.CompareExchange(ref _failure, ExceptionDispatchInfo.Capture(ex), null);
                _failed = true;
            }
        }
    }
}
