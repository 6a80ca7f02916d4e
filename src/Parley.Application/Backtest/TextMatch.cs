using System.Collections.Immutable;
using Parley.Domain;
using Parley.Simulation;

namespace Parley.Application.Backtest;

/// <summary>
/// How often the runs' agreed text matches the observed one (issue 10 §6: "the line of contact and the
/// prisoner issue as outcomes"): per observed issue, the share of the runs that reached an agreement whose
/// text has the observed value, and the share whose text has every observed value. The text of a run is
/// the one its run table reports (<c>term1..</c>: the text in force at the end, or the first agreed).
/// </summary>
/// <param name="Agreed">Runs that reached an agreement (the denominator).</param>
/// <param name="Issues">Per observed issue: its name, the observed value and the share of those runs with it.</param>
/// <param name="Whole">The share of those runs whose text has every observed value (null when no run agreed).</param>
public sealed record TextMatch(int Agreed, ImmutableArray<IssueMatch> Issues, double? Whole)
{
    /// <summary>Scores the runs of <paramref name="result"/> against <paramref name="observed"/> (issue index to value index in <paramref name="space"/>).</summary>
    public static TextMatch Of(MonteCarloResult result, OutcomeSpace space, IReadOnlyDictionary<int, int> observed)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(space);
        ArgumentNullException.ThrowIfNull(observed);
        var issues = observed.Keys.Order().ToArray();
        var columns = issues.Select(i => FindColumn(result, i)).ToArray();
        var counts = new int[issues.Length];
        int agreed = 0, whole = 0;
        var records = result.RecordSpan;
        for (var r = 0; r < records.Length; r++)
        {
            if (double.IsNaN(records[r].AgreementDay))
            {
                continue;
            }
            agreed++;
            var values = result.ValuesOf(r);
            var all = true;
            for (var k = 0; k < issues.Length; k++)
            {
                var match = values[columns[k]] == space.Issues[issues[k]].NumericValue(observed[issues[k]]);
                counts[k] += match ? 1 : 0;
                all &= match;
            }
            whole += all ? 1 : 0;
        }
        var matches = issues.Select((issue, k) => new IssueMatch(space.Issues[issue].Name, space.Issues[issue].FormatValue(observed[issue]), agreed == 0 ? null : counts[k] / (double)agreed));
        return new TextMatch(agreed, [.. matches], agreed == 0 ? null : whole / (double)agreed);
    }

    private static int FindColumn(MonteCarloResult result, int issue)
    {
        var name = $"term{issue + 1}";
        for (var c = 0; c < result.Columns.Count; c++)
        {
            if (result.Columns[c].Name == name)
            {
                return c;
            }
        }
        throw new ModelException($"the runs report no agreed value for issue {issue + 1} (no column '{name}'), so the observed text cannot be scored");
    }
}

/// <summary>One observed issue of a <see cref="TextMatch"/>.</summary>
/// <param name="Issue">The issue's name.</param>
/// <param name="Observed">The observed value, as the scenario writes it.</param>
/// <param name="Share">The share of the runs that agreed whose text has that value (null when none agreed).</param>
public sealed record IssueMatch(string Issue, string Observed, double? Share);
