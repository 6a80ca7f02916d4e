using System.Collections.Immutable;

namespace Parley.Conflict.WarProcess.Events;

/// <summary>
/// Something that changes the war's parameters during a run: on a stated day (a leader dies, an
/// election, a patron's pressure, an offensive) or when a condition on the war state is first met (a
/// side's control falls below a threshold, its cumulative costs pass a level). It fires at most once
/// per run; its effects hold from the round it fires to the end of the run (docs/war-process.md, "Events").
/// </summary>
/// <param name="Name">The event's name (unique in the scenario).</param>
/// <param name="Trigger">When it fires.</param>
/// <param name="Effects">What it changes.</param>
public sealed record WarEvent(string Name, EventTrigger Trigger, ImmutableArray<EventEffect> Effects);

/// <summary>What makes an event fire.</summary>
public enum TriggerKind
{
    /// <summary>At the first round that starts on or after <see cref="EventTrigger.Threshold"/> days.</summary>
    Day,

    /// <summary>When the side's share of the contested territory falls below the threshold (checked after each round of fighting).</summary>
    ControlBelow,

    /// <summary>When the side's cumulative utility cost of fighting reaches the threshold (checked after each round of fighting).</summary>
    CostAbove,

    /// <summary>
    /// When a ceasefire breaks whose text has value <see cref="EventTrigger.Value"/> on issue
    /// <see cref="EventTrigger.Issue"/> (any broken ceasefire when the issue is −1): what the text
    /// set for fighting that resumes (a patron's troops withdrawn change battle odds; a buffer zone
    /// changes costs). Fires at the start of the round after the breakdown.
    /// </summary>
    AgreementBroken,
}

/// <summary>When an event fires: a day, a condition on one side's control or costs, or a broken agreement with a given term.</summary>
/// <param name="Kind">The kind of trigger.</param>
/// <param name="Threshold">The day, the control share, or the cost level (unused for a broken agreement).</param>
/// <param name="Side">The side a condition watches (0 for A, 1 for B); ignored for a day.</param>
/// <param name="Issue">For a broken agreement: the issue whose value the text must have, or −1 for any text.</param>
/// <param name="Value">For a broken agreement: that value's index.</param>
public sealed record EventTrigger(TriggerKind Kind, double Threshold, int Side = 0, int Issue = -1, int Value = -1);

/// <summary>The parameter an event changes.</summary>
public enum EffectTarget
{
    /// <summary>Side A's true probability of winning a battle (a war-wide parameter).</summary>
    BattleOdds,

    /// <summary>The side's utility cost per day of fighting (its drawn rate is scaled, shifted or replaced).</summary>
    UtilityCost,

    /// <summary>The side's cost tolerance.</summary>
    CostTolerance,

    /// <summary>The side's discount factor per round.</summary>
    Discount,

    /// <summary>The side's Beta prior over its battle odds: <see cref="EventEffect.Wins"/> and <see cref="EventEffect.Losses"/> are added to its pseudo-counts.</summary>
    Belief,

    /// <summary>
    /// The side's stated reservation value (one of set, scale or shift, applied to the value stated in
    /// the scenario): from then on a floor under its value of fighting on in the talks and the
    /// ceasefire (known to the other side), and the value later default red-line relaxations diagnose with.
    /// </summary>
    Reservation,

    /// <summary>Talks closed after a walkout or a collapse reopen at once (a patron's pressure, a mediator's new initiative); no value needed.</summary>
    ReopenTalks,

    /// <summary>The side's red line on <see cref="EventEffect.Issue"/> relaxes to allow <see cref="EventEffect.Allow"/> (or, when empty, the smallest relaxation the deal-killer diagnosis finds).</summary>
    RedLine,

    /// <summary>
    /// The side leaves the talks now, with its stated <see cref="EventEffect.Reason"/>: the episode in
    /// progress (talks on the next phase included) ends, and talks stay closed for
    /// <see cref="EventEffect.ClosedDays"/> days (null: the negotiation's reopening delay) unless an
    /// event reopens them. It does not break a ceasefire in force.
    /// </summary>
    Walkout,
}

/// <summary>
/// One change an event makes. A numeric target takes exactly one of <see cref="Set"/>,
/// <see cref="Scale"/> or <see cref="Shift"/>; a belief shift takes <see cref="Wins"/> and
/// <see cref="Losses"/>; a red line takes <see cref="Issue"/> and optionally <see cref="Allow"/>.
/// </summary>
public sealed record EventEffect
{
    /// <summary>What it changes.</summary>
    public required EffectTarget Target { get; init; }

    /// <summary>The side it changes (0 for A, 1 for B); ignored for <see cref="EffectTarget.BattleOdds"/>.</summary>
    public int Side { get; init; }

    /// <summary>The new value, when the effect replaces it.</summary>
    public double? Set { get; init; }

    /// <summary>The factor the value is multiplied by.</summary>
    public double? Scale { get; init; }

    /// <summary>The amount added to the value.</summary>
    public double? Shift { get; init; }

    /// <summary>Pseudo-wins added to the side's Beta prior (may be negative; the count stays positive).</summary>
    public double Wins { get; init; }

    /// <summary>Pseudo-losses added to the side's Beta prior (may be negative; the count stays positive).</summary>
    public double Losses { get; init; }

    /// <summary>The issue whose red line relaxes.</summary>
    public int Issue { get; init; } = -1;

    /// <summary>The values the relaxed red line also allows; empty: the smallest relaxation the deal-killer diagnosis finds.</summary>
    public ImmutableArray<int> Allow { get; init; } = [];

    /// <summary>For a walkout: the reason the side states for leaving the talks.</summary>
    public string? Reason { get; init; }

    /// <summary>For a walkout: the days the talks stay closed (null: the negotiation's reopening delay).</summary>
    public double? ClosedDays { get; init; }

    /// <summary>Applies the numeric change to <paramref name="value"/>.</summary>
    public double Apply(double value) => Set ?? (Scale is { } s ? value * s : value + (Shift ?? 0));
}
