using Parley.Domain;

namespace Parley.Application.Results;

/// <summary>The text both belligerents accepted in the mediated negotiation, and when.</summary>
public sealed record AgreementReached(string Text, UtilityPoint Utilities, int Round, double Day)
{
    /// <summary>The agreed text, one clause per issue.</summary>
    public string Text { get; } = Preconditions.Text(Text, "the agreement's text");

    /// <summary>What it is worth to each belligerent.</summary>
    public UtilityPoint Utilities { get; } = Utilities ?? throw new Domain.ModelException("the agreement has no utilities: give both belligerents' utilities");

    /// <summary>The negotiation round in which it was accepted (1 = the first round).</summary>
    public int Round { get; } = Preconditions.Positive(Round, "the agreement's round");

    /// <summary>The war day on which it was accepted.</summary>
    public double Day { get; } = Preconditions.NonNegative(Day, "the agreement's day");
}
