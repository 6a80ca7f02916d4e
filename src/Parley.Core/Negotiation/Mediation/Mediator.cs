using Parley.Domain;
using Parley.Negotiation.Protocols;

namespace Parley.Negotiation.Mediation;

/// <summary>
/// A mediator's strategy in the single-negotiating-text protocol: it tables a framework text,
/// then after each round revises the text from the amendments the parties tabled, by a
/// documented rule. Implementations hold no per-negotiation state, so one instance can serve
/// many negotiations.
/// </summary>
public abstract class Mediator
{
    /// <summary>The mediator's name as written on the command line.</summary>
    public abstract string Name { get; }

    /// <summary>A one-line statement of the revision rule, recorded with every revision.</summary>
    public abstract string Rule { get; }

    /// <summary>The first text. By default the per-issue utilitarian text (see <see cref="FrameworkText.Utilitarian"/>).</summary>
    public virtual Outcome Framework(MediatorView view) => FrameworkText.Utilitarian(view);

    /// <summary>The revised text, given the current text and this round's amendments (at least one).</summary>
    public abstract Outcome Revise(MediatorView view, Outcome text, IReadOnlyList<Amendment> amendments);

    /// <summary>
    /// Writes the revised text into <paramref name="revised"/>: the same text as <see cref="Revise(MediatorView, Outcome, IReadOnlyList{Amendment})"/>
    /// returns, which the built-in mediators find without allocating (the protocol calls this every round).
    /// </summary>
    internal virtual void ReviseInto(MediatorView view, ReadOnlySpan<int> text, IReadOnlyList<Amendment> amendments, Span<int> revised) =>
        Revise(view, new Outcome([.. text]), amendments).ValueIndices.AsSpan().CopyTo(revised);

    /// <summary>The revised text as an <see cref="Outcome"/>, by <see cref="ReviseInto"/>.</summary>
    private protected Outcome ReviseByInto(MediatorView view, Outcome text, IReadOnlyList<Amendment> amendments)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(amendments);
        var revised = new int[view.Space.IssueCount];
        ReviseInto(view, text.ValueIndices.AsSpan(), amendments, revised);
        return new Outcome([.. revised]);
    }
}
