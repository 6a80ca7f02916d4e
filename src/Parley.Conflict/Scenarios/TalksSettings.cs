using System.Collections.Immutable;

namespace Parley.Conflict.Scenarios;

/// <summary>
/// How the belligerents negotiate while they fight (the scenario's <c>negotiation:</c> section): the
/// protocol and mediator, each side's strategy, how fast time-dependent strategies concede from the
/// opening of the talks, and how long talks stay closed after a walkout or a collapsed ceasefire
/// (docs/war-process.md, "Talks"). Version-1 files without these keys get the defaults below.
/// </summary>
public sealed record TalksSettings
{
    /// <summary>The default reopening delay: an assumption (no source gives a general figure), stated in docs/war-process.md.</summary>
    public const double DefaultReopenAfterDays = 28;

    /// <summary>The default patience in days: an assumption, stated in docs/war-process.md.</summary>
    public const double DefaultPatienceDays = 182;

    /// <summary>The protocol's name: mediated (default), alternating or ultimatum.</summary>
    public string Protocol { get; init; } = "mediated";

    /// <summary>The mediator's name for the mediated protocol; null: the default mediator.</summary>
    public string? Mediator { get; init; }

    /// <summary>Each belligerent's strategy by party name; a party not named plays the war default (<c>screening</c>).</summary>
    public ImmutableDictionary<string, string> Strategies { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>Days talks stay closed after a walkout or a ceasefire collapse before a new episode opens.</summary>
    public double ReopenAfterDays { get; init; } = DefaultReopenAfterDays;
}
