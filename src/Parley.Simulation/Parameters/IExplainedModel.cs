namespace Parley.Simulation.Parameters;

/// <summary>A model that can state its analytic facts before any simulation (closed forms, war values at the start).</summary>
public interface IExplainedModel
{
    /// <summary>The facts, in reading order.</summary>
    IReadOnlyList<ModelFact> Facts();
}
