namespace Parley.Data.Survival;

/// <summary>How a Kaplan-Meier confidence interval is built from the Greenwood variance.</summary>
public enum ConfidenceBand
{
    /// <summary>S ± z·SE(S), clipped to [0, 1].</summary>
    Plain,

    /// <summary>exp(ln S ± z·SE(ln S)), upper bound clipped to 1 (R's survfit default).</summary>
    Log,

    /// <summary>exp(-exp(ln(-ln S) ± z·SE)): always inside [0, 1] (Kalbfleisch and Prentice; Stata's default). Parley's default.</summary>
    LogLog,
}
