namespace Parley.Conflict.Models;

/// <summary>Which outside options bind in the Rubinstein equilibrium (<see cref="RubinsteinBargaining"/>).</summary>
public enum OutsideOptionBinding
{
    /// <summary>Neither: the split is the one without outside options.</summary>
    None,

    /// <summary>Only A's: A gets b_A whenever it responds.</summary>
    A,

    /// <summary>Only B's: B gets b_B.</summary>
    B,

    /// <summary>Both.</summary>
    Both,
}
