namespace Parley.Data.Datasets.EthPrio;

/// <summary>How a ceasefire ended (Parley's reading of the <c>ended</c> codes; unverified).</summary>
public enum CeasefireEnd
{
    /// <summary>Code -1: unclear.</summary>
    Unclear,

    /// <summary>Code 0: still in force at the end of the data (31 December 2020).</summary>
    Ongoing,

    /// <summary>Code 1: expired at its fixed term.</summary>
    Expired,

    /// <summary>Code 2: broke down.</summary>
    BrokeDown,

    /// <summary>Code 3: never took effect.</summary>
    NeverInEffect,

    /// <summary>Code 4: replaced by a new ceasefire.</summary>
    Replaced,
}
