namespace Parley.Analysis.DealKillers;

/// <summary>What kind of constraint empties the bargaining range.</summary>
public enum DealKillerKind
{
    /// <summary>The parties' red lines on one issue leave no common value.</summary>
    Issue,

    /// <summary>One party's red line.</summary>
    RedLine,

    /// <summary>One party's reservation value (what fighting on is worth to it).</summary>
    ReservationValue,

    /// <summary>One party's war aim leaves the other nothing it could accept.</summary>
    WarAim,

    /// <summary>No single relaxation suffices; several constraints must move together.</summary>
    Combination,
}
