using Parley.Domain;

namespace Parley.Application.Results;

/// <summary>
/// The text both belligerents accepted in the talks, and when: with a war section, the first episode of
/// talks of run <see cref="Run"/> of the Monte Carlo (the same runs as its numbers); without one, a
/// mediated negotiation on the stated reservation values (<see cref="Run"/> null).
/// </summary>
public sealed record AgreementReached(string Text, UtilityPoint Utilities, int Round, double Day, int? Run = null)
{
    /// <summary>The agreed text, one clause per issue.</summary>
    public string Text { get; } = Preconditions.Text(Text, "the agreement's text");

    /// <summary>What it is worth to each belligerent.</summary>
    public UtilityPoint Utilities { get; } = Utilities ?? throw new Domain.ModelException("the agreement has no utilities: give both belligerents' utilities");

    /// <summary>The round of its episode of talks in which it was accepted (1 = the episode's first round).</summary>
    public int Round { get; } = Preconditions.Positive(Round, "the agreement's round");

    /// <summary>The war day on which it was accepted.</summary>
    public double Day { get; } = Preconditions.NonNegative(Day, "the agreement's day");
}
