namespace Parley.Data.BaseRates;

/// <summary>How ending base rates are split.</summary>
[Flags]
public enum EndingSplit
{
    /// <summary>All cases together.</summary>
    None = 0,

    /// <summary>By war type (COW WarType; UCDP type_of_conflict).</summary>
    Type = 1,

    /// <summary>By era of the ending year (<see cref="Era.Standard"/>).</summary>
    Era = 2,
}
