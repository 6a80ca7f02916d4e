using Parley.Randomness;

namespace Parley.Simulation;

/// <summary>
/// Anything the Monte Carlo runner can simulate many times: a formal war-bargaining preset, or a
/// scenario's war process plugged in as another model. Implementations are immutable and shared by
/// every worker thread, so <see cref="Run"/> must be safe to call concurrently and must depend only on
/// the random stream it is given: that is what makes results identical whatever the thread count.
/// </summary>
public interface IRunModel
{
    /// <summary>The model's name in outputs, e.g. <c>smith-stam</c>.</summary>
    string Name { get; }

    /// <summary>The model-specific numbers each run reports beside its <see cref="RunRecord"/>, in order.</summary>
    IReadOnlyList<RunValueColumn> Columns { get; }

    /// <summary>
    /// Simulates one run from its own random stream. Writes one number per column into
    /// <paramref name="values"/> (length <c>Columns.Count</c>, pre-filled with NaN: leave NaN for "not
    /// applicable", e.g. terms when there was no agreement). Should not allocate.
    /// </summary>
    RunRecord Run(ref CounterRandom random, Span<double> values);
}
