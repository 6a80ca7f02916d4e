using Parley.Domain;

namespace Parley.Application.Results;

/// <summary>
/// Everything the report shows for one war-aims hypothesis: the static analysis (range, deal-killers,
/// solutions, frontier), the mediated negotiation, and the Monte Carlo of the war process.
/// </summary>
/// <param name="Name">Short name, as on the command line (e.g. "limited-aims").</param>
/// <param name="Description">One or two sentences saying what the hypothesis assumes.</param>
/// <param name="RangeSize">Outcomes every belligerent prefers to fighting on (a count; 0 = empty range).</param>
/// <param name="RangeShare">That count over all outcomes (0..1).</param>
/// <param name="DealKillers">Messages saying which issue, red line or war aim empties the range and what reopens it.</param>
/// <param name="Reservation">Each belligerent's reservation value at the start (the disagreement point).</param>
/// <param name="Nash">The Nash bargaining solution, or null when the range is empty.</param>
/// <param name="KalaiSmorodinsky">The Kalai-Smorodinsky solution, or null when the range is empty.</param>
/// <param name="ParetoFrontier">The Pareto frontier of the two belligerents' utilities.</param>
/// <param name="Agreement">The text agreed in the mediated negotiation, or null when none was reached.</param>
/// <param name="RangeOverTime">The bargaining range per round as the war goes on.</param>
/// <param name="Endings">How the Monte Carlo runs ended, in the order to show them.</param>
/// <param name="TimeToAgreementDays">Quartiles of days to agreement over runs that reached one, or null when none did.</param>
/// <param name="CeasefireSurvival">Ceasefire survival at 30/90/365 days, or null when no run reached a ceasefire.</param>
/// <param name="Casualties">Mean cumulative deaths per side per round.</param>
/// <param name="FoodShare">Mean share of food need met per round.</param>
public sealed record HypothesisReport(
    string Name,
    string Description,
    double RangeSize,
    double RangeShare,
    IReadOnlyList<string> DealKillers,
    UtilityPoint Reservation,
    SolutionText? Nash,
    SolutionText? KalaiSmorodinsky,
    IReadOnlyList<UtilityPoint> ParetoFrontier,
    AgreementReached? Agreement,
    IReadOnlyList<RangePoint> RangeOverTime,
    IReadOnlyList<EndingCount> Endings,
    Quartiles? TimeToAgreementDays,
    CeasefireHoldShares? CeasefireSurvival,
    IReadOnlyList<CasualtyPoint> Casualties,
    IReadOnlyList<FoodPoint> FoodShare)
{
    /// <summary>Short name, as on the command line.</summary>
    public string Name { get; } = Preconditions.Text(Name, "a hypothesis's name");

    /// <summary>What the hypothesis assumes.</summary>
    public string Description { get; } = Description ?? "";

    /// <summary>Outcomes in the bargaining range.</summary>
    public double RangeSize { get; } = Preconditions.NonNegative(RangeSize, $"hypothesis '{Name}': the range size");

    /// <summary>Outcomes in the range over all outcomes (0..1).</summary>
    public double RangeShare { get; } = (RangeSize == 0) == (RangeShare == 0)
        ? Preconditions.Share(RangeShare, $"hypothesis '{Name}': the range share")
        : throw new ModelException($"hypothesis '{Name}': range size {RangeSize} and share {RangeShare} disagree on whether the range is empty: give matching figures");

    /// <summary>Deal-killer messages (empty when nothing kills the deal).</summary>
    public IReadOnlyList<string> DealKillers { get; } = Preconditions.Texts(DealKillers, $"hypothesis '{Name}': the deal-killers");

    /// <summary>Reservation values at the start.</summary>
    public UtilityPoint Reservation { get; } = Reservation ?? throw new ModelException($"hypothesis '{Name}' has no reservation values: give both belligerents' values");

    /// <summary>The Nash solution, when the range is not empty.</summary>
    public SolutionText? Nash { get; } = Nash;

    /// <summary>The Kalai-Smorodinsky solution, when the range is not empty.</summary>
    public SolutionText? KalaiSmorodinsky { get; } = KalaiSmorodinsky;

    /// <summary>The Pareto frontier.</summary>
    public IReadOnlyList<UtilityPoint> ParetoFrontier { get; } = Preconditions.List(ParetoFrontier, $"hypothesis '{Name}': the Pareto frontier");

    /// <summary>The agreement reached in the mediated negotiation, if any.</summary>
    public AgreementReached? Agreement { get; } = Agreement;

    /// <summary>The bargaining range per round.</summary>
    public IReadOnlyList<RangePoint> RangeOverTime { get; } = Preconditions.Chronological(RangeOverTime, p => p.Day, $"hypothesis '{Name}': the range over time");

    /// <summary>Endings of the Monte Carlo runs.</summary>
    public IReadOnlyList<EndingCount> Endings { get; } = UniqueEndings(Endings, Name);

    /// <summary>Runs with a decisive ending (military victory, capitulation, withdrawal, extermination or expulsion) per belligerent that prevailed, first belligerent first; empty when not recorded.</summary>
    public IReadOnlyList<EndingCount> Prevailing { get; init; } = [];

    /// <summary>How the runs whose ceasefire collapsed ended afterwards (only endings that occurred); empty when none collapsed.</summary>
    public IReadOnlyList<EndingCount> AfterCeasefireCollapse { get; init; } = [];

    /// <summary>Quartiles of days to agreement, when some run reached one.</summary>
    public Quartiles? TimeToAgreementDays { get; } = TimeToAgreementDays;

    /// <summary>Ceasefire survival, when some run reached a ceasefire.</summary>
    public CeasefireHoldShares? CeasefireSurvival { get; } = CeasefireSurvival;

    /// <summary>
    /// The Kaplan-Meier curve of the runs' first ceasefires (a collapse is the event, one still holding
    /// when its run ends is censored), the curve <see cref="CeasefireSurvival"/> is read from; null when
    /// no run reached a ceasefire or it was not recorded.
    /// </summary>
    public SurvivalCurve? CeasefireCurve { get; init; }

    /// <summary>Mean cumulative deaths per round.</summary>
    public IReadOnlyList<CasualtyPoint> Casualties { get; } = Preconditions.Chronological(Casualties, p => p.Day, $"hypothesis '{Name}': the casualties");

    /// <summary>Mean share of food need met per round.</summary>
    public IReadOnlyList<FoodPoint> FoodShare { get; } = Preconditions.Chronological(FoodShare, p => p.Day, $"hypothesis '{Name}': the food share");

    /// <summary>Runs counted in <see cref="Endings"/>.</summary>
    public int TotalRuns => Endings.Sum(e => e.Count);

    /// <summary>The endings from most to least frequent (ties keep their given order).</summary>
    public IReadOnlyList<EndingCount> EndingsByFrequency => [.. Endings.OrderByDescending(e => e.Count)];

    /// <summary>An ending's share of the runs (0 when there are no runs).</summary>
    public double ShareOf(EndingCount ending)
    {
        ArgumentNullException.ThrowIfNull(ending);
        var total = TotalRuns;
        return total == 0 ? 0 : (double)ending.Count / total;
    }

    private static IReadOnlyList<EndingCount> UniqueEndings(IReadOnlyList<EndingCount>? endings, string name)
    {
        var list = Preconditions.List(endings, $"hypothesis '{name}': the endings");
        Preconditions.Unique(list, e => e.Ending, $"hypothesis '{name}': the endings");
        return list;
    }
}
