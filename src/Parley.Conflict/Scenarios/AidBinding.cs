using System.Collections.Immutable;
using Parley.Domain;
using Parley.Humanitarian;

namespace Parley.Conflict.Scenarios;

/// <summary>
/// Which issues of a scenario carry the aid terms the humanitarian model reads (trucks per day, who
/// administers aid, whether Rafah is open), and what each option of those issues means. The
/// scenario reader builds it (see docs/scenario-format.md, "aid terms"); the war process only reads it.
/// </summary>
public sealed record AidBinding
{
    /// <summary>No issue carries aid terms: every text leaves aid as it is during the war.</summary>
    public static AidBinding None { get; } = new();

    /// <summary>The numeric issue whose value is trucks per day, if any.</summary>
    public int? TrucksIssue { get; init; }

    /// <summary>The issue that says who administers aid, if any.</summary>
    public int? AdministrationIssue { get; init; }

    /// <summary>Per option of <see cref="AdministrationIssue"/>: the administration it means (null: not stated).</summary>
    public ImmutableArray<AidAdministration?> AdministrationByOption { get; init; } = [];

    /// <summary>The issue that says whether the Rafah crossing is open, if any.</summary>
    public int? RafahIssue { get; init; }

    /// <summary>Per option of <see cref="RafahIssue"/>: whether it means the crossing is open.</summary>
    public ImmutableArray<bool> RafahOpenByOption { get; init; } = [];

    /// <summary>The aid terms of <paramref name="text"/> in <paramref name="space"/>.</summary>
    public AidTerms TermsOf(OutcomeSpace space, Outcome text)
    {
        ArgumentNullException.ThrowIfNull(space);
        ArgumentNullException.ThrowIfNull(text);
        double? trucks = TrucksIssue is { } t ? space.Issues[t].NumericValue(text[t]) : null;
        AidAdministration? administration = AdministrationIssue is { } a ? AdministrationByOption[text[a]] : null;
        bool? rafah = RafahIssue is { } r ? RafahOpenByOption[text[r]] : null;
        return new AidTerms(trucks, administration, rafah);
    }
}
