using Parley.Analysis;
using Parley.Conflict.Scenarios;

namespace Parley.Application;

/// <summary>The bargaining analysis of one hypothesis of a scenario: the one way every host analyses it.</summary>
public static class ScenarioAnalysis
{
    /// <summary>
    /// The range, frontier, solution points and deal-killers of <paramref name="scenario"/> under
    /// <paramref name="hypothesis"/> (a <see cref="Domain.ModelException"/> when it has no such hypothesis).
    /// </summary>
    public static AnalysisResult Analyze(Scenario scenario, string hypothesis, AnalysisOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return BargainingAnalysis.Analyze(scenario.WithHypothesis(hypothesis).ToProblem(), options ?? AnalysisOptions.Default);
    }
}
