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
    public override Outcome Revise(MediatorView view, Outcome text, IReadOnlyList<Amendment> amendments) => ReviseByInto(view, text, amendments);

    /// <inheritdoc />
    internal override void ReviseInto(MediatorView view, ReadOnlySpan<int> text, IReadOnlyList<Amendment> amendments, Span<int> revised)
    {
        var space = view.Space;
        var candidates = view.Candidates;
        candidates.Fill(text, amendments);
        for (var i = 0; i < space.IssueCount; i++)
        {
            var issue = space.Issues[i];
            if (!issue.IsNumeric || candidates.Count(i) == 1)
            {
                continue;
            }
            // The mean of the values proposed for the issue, summed in the order tabled.
            var sum = 0.0;
            var count = 0;
            for (var k = 0; k < amendments.Count; k++)
            {
                if (amendments[k].Issue == i)
                {
                    sum += issue.NumericValue(amendments[k].Value);
                    count++;
                }
            }
            var current = issue.NumericValue(text[i]);
            var midpoint = (current + (sum / count)) / 2.0;
            candidates.SetSingle(i, Nearest(issue, midpoint, current));
        }
        NashRule.Choose(view, candidates, revised);
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
