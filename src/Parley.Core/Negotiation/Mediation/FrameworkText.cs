using System.Collections.Immutable;
using Parley.Domain;

namespace Parley.Negotiation.Mediation;

/// <summary>Ways for a mediator to draft its first text.</summary>
internal static class FrameworkText
{
    /// <summary>
    /// The per-issue utilitarian text: for each issue, the value with the largest sum of the
    /// parties' weighted values, among the values every party's per-issue red lines allow (all
    /// values when none is allowed by all); exact ties (within <see cref="MediatorView.TieTolerance"/>)
    /// are broken at random by <see cref="MediatorView.TakeTied"/>, never by value order. For additive
    /// profiles this is the text that maximises the sum of utilities, found issue by issue
    /// without enumerating the space.
    /// </summary>
    public static Outcome Utilitarian(MediatorView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var space = view.Space;
        var digits = new int[space.IssueCount];
        for (var i = 0; i < digits.Length; i++)
        {
            var best = -1;
            var bestSum = double.NegativeInfinity;
            var tied = 0;
            var anyAllowed = Enumerable.Range(0, space.Radices[i]).Any(v => view.Profiles.All(p => p.IsAllowed(i, v)));
            for (var v = 0; v < space.Radices[i]; v++)
            {
                if (anyAllowed && !view.Profiles.All(p => p.IsAllowed(i, v)))
                {
                    continue;
                }
                var sum = 0.0;
                foreach (var p in view.Profiles)
                {
                    sum += p.IssueUtilities(i)[v];
                }
                if (sum > bestSum + MediatorView.TieTolerance)
                {
                    bestSum = sum;
                    best = v;
                    tied = 1;
                }
                else if (sum >= bestSum - MediatorView.TieTolerance && view.TakeTied(++tied))
                {
                    best = v;
                }
            }
            digits[i] = best;
        }
        return new Outcome(digits.ToImmutableArray());
    }
}
