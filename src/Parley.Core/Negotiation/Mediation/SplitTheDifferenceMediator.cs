using Parley.Domain;
using Parley.Negotiation.Protocols;

namespace Parley.Negotiation.Mediation;

/// <summary>
/// Splits the difference on numeric issues: an amended numeric issue (integer, continuous or
/// yes/no) moves to the value nearest the midpoint between its current value and the mean of the
/// values proposed for it (ties to the value nearer the current one, then the lower). Named-option
/// issues have no midpoint: they are settled by <see cref="NashRule"/> among their current and
/// proposed options, with the numeric issues held at their split values.
/// </summary>
internal sealed class SplitTheDifferenceMediator : Mediator
{
    /// <inheritdoc />
    public override string Name => "split";

    /// <inheritdoc />
    public override string Rule => "split the difference on numeric issues (midpoint of the text and the mean proposal); Nash product on named options";

    /// <inheritdoc />
    public override Outcome Revise(MediatorView view, Outcome text, IReadOnlyList<Amendment> amendments)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(amendments);
        var space = view.Space;
        var options = Options(space, text, amendments);
        for (var i = 0; i < space.IssueCount; i++)
        {
            var issue = space.Issues[i];
            if (!issue.IsNumeric || options[i].Count == 1)
            {
                continue;
            }
            var proposals = amendments.Where(a => a.Issue == i).Select(a => issue.NumericValue(a.Value)).ToList();
            var current = issue.NumericValue(text[i]);
            var midpoint = (current + proposals.Average()) / 2.0;
            options[i] = [Nearest(issue, midpoint, current)];
        }
        return NashRule.Choose(view, options);
    }

    private static int Nearest(Issue issue, double x, double current)
    {
        var best = 0;
        for (var v = 1; v < issue.ValueCount; v++)
        {
            var d = Math.Abs(issue.NumericValue(v) - x);
            var bestD = Math.Abs(issue.NumericValue(best) - x);
            if (d < bestD || (d == bestD && Math.Abs(issue.NumericValue(v) - current) < Math.Abs(issue.NumericValue(best) - current)))
            {
                best = v;
            }
        }
        return best;
    }
}
