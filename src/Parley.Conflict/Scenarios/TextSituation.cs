using Parley.Humanitarian;

namespace Parley.Conflict.Scenarios;

/// <summary>
/// The war's state on the date of a text (its <c>situation:</c> in the scenario), where a simulation
/// of that text starts (<see cref="TextStart"/>). Each field left null keeps the war's or the
/// humanitarian section's value, so a text without a situation starts from the scenario's state.
/// It may also say what became of the text: the date the ceasefire on it collapsed (<c>collapsed:</c>),
/// at which a simulation of the text reports its survival.
/// </summary>
public sealed record TextSituation
{
    /// <summary>Side A's share of the contested territory on the text's date.</summary>
    public double? InitialControl { get; init; }

    /// <summary>Aid trucks a day without an agreement at that time (with its provenance).</summary>
    public SourcedNumber? TrucksWithoutAgreement { get; init; }

    /// <summary>Who ran aid distribution without an agreement at that time.</summary>
    public AidAdministration? Administration { get; init; }

    /// <summary>The date the ceasefire on this text collapsed, where history records it (null: it did not, or no date is given).</summary>
    public DateOnly? Collapsed { get; init; }

    /// <summary>Where <see cref="Collapsed"/> comes from.</summary>
    public Domain.Scenarios.Citation? CollapsedCitation { get; init; }
}
