using System.Collections.Immutable;
using Parley.Analysis;

namespace Parley.Negotiation.Traces;

/// <summary>Reference points computed by <see cref="BargainingAnalysis"/>: its Pareto frontier and Nash point.</summary>
internal sealed class AnalysisReferencePoints : IReferencePoints
{
    private AnalysisReferencePoints(IReadOnlyList<ImmutableArray<double>> frontier, ImmutableArray<double> nash)
    {
        ParetoFrontier = frontier;
        NashPoint = nash;
    }

    /// <inheritdoc />
    public IReadOnlyList<ImmutableArray<double>> ParetoFrontier { get; }

    /// <inheritdoc />
    public ImmutableArray<double> NashPoint { get; }

    /// <summary>Analyses the domain's bargaining problem (deal-killer diagnosis off) and keeps its frontier and Nash point.</summary>
    public static AnalysisReferencePoints For(NegotiationDomain domain, AnalysisOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(domain);
        options = (options ?? AnalysisOptions.Default) with { DiagnoseDealKillers = false };
        var result = BargainingAnalysis.Analyze(new BargainingProblem(domain.Space, domain.PartyNames, domain.Profiles), options);
        return From(result);
    }

    /// <summary>The reference points of an analysis already made.</summary>
    public static AnalysisReferencePoints From(AnalysisResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new AnalysisReferencePoints(
            result.Pareto.Select(p => p.Utilities).ToImmutableArray(),
            result.Nash?.Utilities ?? ImmutableArray<double>.Empty);
    }
}
