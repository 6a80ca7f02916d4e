using Parley.Domain;

namespace Parley.Application.Results;

/// <summary>Mean cumulative deaths on one side at one time (mean over Monte Carlo runs).</summary>
public sealed record SideCasualties(double Combatant, double Civilian)
{
    /// <summary>Mean cumulative combatant deaths.</summary>
    public double Combatant { get; } = Preconditions.NonNegative(Combatant, "combatant deaths");

    /// <summary>Mean cumulative civilian deaths.</summary>
    public double Civilian { get; } = Preconditions.NonNegative(Civilian, "civilian deaths");
}

/// <summary>Casualties at one round: mean cumulative deaths of each belligerent's side.</summary>
public sealed record CasualtyPoint(int Round, double Day, SideCasualties First, SideCasualties Second)
{
    /// <summary>The round.</summary>
    public int Round { get; } = Preconditions.NonNegative(Round, "a casualty point's round");

    /// <summary>The war day.</summary>
    public double Day { get; } = Preconditions.NonNegative(Day, "a casualty point's day");

    /// <summary>The first belligerent's side.</summary>
    public SideCasualties First { get; } = First ?? throw new Domain.ModelException("a casualty point has no figures for the first side");

    /// <summary>The second belligerent's side.</summary>
    public SideCasualties Second { get; } = Second ?? throw new Domain.ModelException("a casualty point has no figures for the second side");
}
