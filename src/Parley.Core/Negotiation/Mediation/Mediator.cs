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

    /// <summary>For each issue, the current value followed by the distinct values amendments proposed, in the order tabled.</summary>
    protected static List<int>[] Options(OutcomeSpace space, Outcome text, IReadOnlyList<Amendment> amendments)
    {
        ArgumentNullException.ThrowIfNull(space);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(amendments);
        var options = new List<int>[space.IssueCount];
        for (var i = 0; i < options.Length; i++)
        {
            options[i] = [text[i]];
        }
        foreach (var a in amendments)
        {
            if (!options[a.Issue].Contains(a.Value))
            {
                options[a.Issue].Add(a.Value);
            }
        }
        return options;
    }
}
