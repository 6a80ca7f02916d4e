namespace Parley.Analysis.DealKillers;

/// <summary>
/// One constraint that empties (or all but empties) the bargaining range, and the smallest
/// relaxation of it that reopens the range, e.g. "Hamas's red line on 'withdrawal line':
/// allowing '1.1' opens 1,240 outcomes".
/// </summary>
public sealed record DealKiller
{
    /// <summary>The kind of constraint.</summary>
    public required DealKillerKind Kind { get; init; }

    /// <summary>The party whose constraint it is (null for issue-level conflicts and combinations).</summary>
    public string? Party { get; init; }

    /// <summary>The issue concerned, when there is one.</summary>
    public string? Issue { get; init; }

    /// <summary>The constraint as the scenario states it.</summary>
    public required string Constraint { get; init; }

    /// <summary>The smallest relaxation found, in words.</summary>
    public required string Relaxation { get; init; }

    /// <summary>The relaxed value (an issue value, or a reservation value) when the relaxation has one.</summary>
    public string? RelaxedValue { get; init; }

    /// <summary>The size of the bargaining range once this relaxation is made.</summary>
    public required long OpensOutcomes { get; init; }

    /// <summary>One readable sentence.</summary>
    public required string Message { get; init; }
}
