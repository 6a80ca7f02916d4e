using System.Collections.Immutable;
using System.Text.Json;
using Parley.Conflict.WarProcess;
using Parley.Conflict.WarProcess.Events;

// ScenarioReader, part: terms tied to the battlefield (war.terms_tied_to_control) and the clauses terms bring
// (war.ceasefire.clauses_by_term), checked against the sides and issues.
namespace Parley.Formats.Scenario;

public static partial class ScenarioReader
{
    private sealed partial class Builder
    {
        /// <summary>
        /// <c>war.terms_tied_to_control: [{side, issue, value, weight, source|assumption}]</c>: each side's value
        /// of an option that follows the ground it holds (docs/war-process.md, "Terms tied to the battlefield"). Empty when absent.
        /// </summary>
        private ImmutableArray<ControlTiedTerm> ReadTiedTerms(JsonElement war, List<SideSettings> sides)
        {
            if (!war.TryGetProperty("terms_tied_to_control", out var list))
            {
                return [];
            }
            var terms = new List<ControlTiedTerm>();
            var i = 0;
            foreach (var t in list.EnumerateArray())
            {
                var tp = $"/war/terms_tied_to_control/{i}";
                var side = SideIndex(t, tp, sides);
                var issue = Guard(tp + "/issue", () => _space.RequireIssue(t.GetProperty("issue").GetString()!, "a term tied to control"));
                var value = Guard(tp + "/value", () => _space.Issues[issue].ParseValue(ScalarText(t.GetProperty("value"))));
                var weight = Number(t.GetProperty("weight"), tp + "/weight", $"war/terms_tied_to_control/{i}/weight", CitationOf(t, tp));
                if (terms.Any(x => x.Side == side && x.Issue == issue && x.Value == value))
                {
                    throw doc.Error(tp, $"{sides[side].Party}'s value of '{_space.Issues[issue].FormatValue(value)}' is tied to control twice: give one weight");
                }
                terms.Add(new ControlTiedTerm(side, issue, value, weight));
                i++;
            }
            return [.. terms];
        }

        /// <summary><c>war.ceasefire.clauses_by_term: [{issue, value, clauses}]</c>: the clauses a text has when it takes a value (docs/war-process.md, "Clauses per text"). Empty when absent.</summary>
        private ImmutableArray<TermClause> ReadTermClauses(JsonElement ceasefire)
        {
            if (!ceasefire.TryGetProperty("clauses_by_term", out var list))
            {
                return [];
            }
            var result = new List<TermClause>();
            var i = 0;
            foreach (var t in list.EnumerateArray())
            {
                var tp = $"/war/ceasefire/clauses_by_term/{i++}";
                CheckCitation(t, tp);
                var issue = Guard(tp + "/issue", () => _space.RequireIssue(t.GetProperty("issue").GetString()!, "clauses_by_term"));
                var value = Guard(tp + "/value", () => _space.Issues[issue].ParseValue(ScalarText(t.GetProperty("value"))));
                var clauses = Data.Priors.CeasefireClause.None;
                foreach (var c in t.GetProperty("clauses").EnumerateArray())
                {
                    clauses |= CeasefireClauses.Parse(c.GetString()!);
                }
                result.Add(new TermClause(issue, value, clauses));
            }
            return [.. result];
        }
    }
}
