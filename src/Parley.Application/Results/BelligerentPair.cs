using Parley.Domain;

namespace Parley.Application.Results;

/// <summary>
/// The two belligerents whose utilities the charts plot: <see cref="First"/> on the horizontal axis of
/// the Pareto chart and first in every table and legend. Both get colours from the same palette.
/// </summary>
public sealed record BelligerentPair(string First, string Second)
{
    /// <summary>The first belligerent's name (e.g. "Israel").</summary>
    public string First { get; } = Preconditions.Text(First, "the first belligerent's name");

    /// <summary>The second belligerent's name (e.g. "Hamas").</summary>
    public string Second { get; } = Preconditions.Text(Second, "the second belligerent's name");

    /// <summary>What the first side's combatant-death series counts, when the scenario says (null: the default label).</summary>
    public string? FirstCombatantLabel { get; init; }

    /// <summary>What the first side's civilian-death series counts, when the scenario says.</summary>
    public string? FirstCivilianLabel { get; init; }

    /// <summary>What the second side's combatant-death series counts, when the scenario says.</summary>
    public string? SecondCombatantLabel { get; init; }

    /// <summary>What the second side's civilian-death series counts, when the scenario says.</summary>
    public string? SecondCivilianLabel { get; init; }

    /// <summary>
    /// The label of one casualty series, by what it measures: the scenario's own words where it gives
    /// them, else what the war model's column is ("combatant deaths: X", "civilian deaths on X's side").
    /// </summary>
    /// <param name="side">0 for the first belligerent, 1 for the second.</param>
    /// <param name="civilian">The civilian series (else the combatant series).</param>
    public string CasualtyLabel(int side, bool civilian)
    {
        var name = side == 0 ? First : side == 1 ? Second : throw new ArgumentOutOfRangeException(nameof(side));
        var given = (side, civilian) switch
        {
            (0, false) => FirstCombatantLabel,
            (0, true) => FirstCivilianLabel,
            (1, false) => SecondCombatantLabel,
            _ => SecondCivilianLabel,
        };
        return !string.IsNullOrWhiteSpace(given) ? given : civilian ? $"civilian deaths on {name}'s side" : $"combatant deaths: {name}";
    }
}
