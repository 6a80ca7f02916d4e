using Parley.Domain;
using Parley.Negotiation.Protocols;

namespace Parley.Negotiation.Mediation;

/// <summary>
/// The default mediator: tables the per-issue utilitarian framework, then revises by
/// <see cref="NashRule"/> over every text that combines the current text with any subset of the
/// tabled amendments (for each issue, its current value or one of the values proposed for it).
/// </summary>
internal sealed class NashMediator : Mediator
{
    /// <inheritdoc />
    public override string Name => "nash";

    /// <inheritdoc />
    public override string Rule => "Nash product over current reservation values, among the current text combined with any subset of the amendments";

    /// <inheritdoc />
    public override Outcome Revise(MediatorView view, Outcome text, IReadOnlyList<Amendment> amendments) => ReviseByInto(view, text, amendments);

    /// <inheritdoc />
    internal override void ReviseInto(MediatorView view, ReadOnlySpan<int> text, IReadOnlyList<Amendment> amendments, Span<int> revised)
    {
        var candidates = view.Candidates;
        candidates.Fill(text, amendments);
        NashRule.Choose(view, candidates, revised);
    }
}
