namespace Parley.Simulation.Parameters;

/// <summary>The values a model parameter may take; checked when parameters are resolved.</summary>
public enum ParameterDomain
{
    /// <summary>A probability or share in [0, 1].</summary>
    Probability,

    /// <summary>A probability strictly between 0 and 1 (e.g. a battle-win chance that must leave both outcomes possible).</summary>
    OpenProbability,

    /// <summary>A discount factor in [0, 1).</summary>
    DiscountFactor,

    /// <summary>A cost or other amount that cannot be negative.</summary>
    NonNegative,

    /// <summary>A strictly positive amount (a Beta prior parameter, days per round).</summary>
    Positive,

    /// <summary>A whole number of at least 1 (forts, battles, rounds).</summary>
    Count,

    /// <summary>A probability in [0, 1], or -1 for "chosen in equilibrium" (a bluffing rate).</summary>
    ProbabilityOrEquilibrium,
}
