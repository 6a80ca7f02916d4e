using System.Globalization;
using Parley.Domain;
using Parley.Negotiation;
using Parley.Negotiation.Traces;
using Spectre.Console;

namespace Parley.Cli.Commands.Negotiation;

/// <summary>Renders a negotiation for a person: the trace, then how it ended.</summary>
public static class NegotiationText
{
    /// <summary>Writes the negotiation to <paramref name="console"/>.</summary>
    public static void Write(IAnsiConsole console, NegotiationResult result, NegotiationDomain domain, IReadOnlyList<string> strategies)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(domain);
        ArgumentNullException.ThrowIfNull(strategies);
        var space = domain.Space;
        var players = string.Join(", ", result.PartyNames.Select((p, i) => $"{p} ({strategies[i]})"));
        console.Write(new Rule($"[bold]{Markup.Escape(domain.Name)}[/]: {Markup.Escape(result.Protocol)} protocol").LeftJustified());
        console.MarkupLineInterpolated($"Parties: {players}");
        console.WriteLine();

        if (result.Trace is { } trace)
        {
            var table = new Table().Border(TableBorder.Simple);
            table.AddColumn(new TableColumn("round").RightAligned());
            table.AddColumn("party");
            table.AddColumn("action");
            foreach (var p in result.PartyNames)
            {
                table.AddColumn(new TableColumn("u " + Markup.Escape(p)).RightAligned());
            }
            table.AddColumn("text / amendment");
            foreach (var e in trace.Events)
            {
                var what = e.Action == TraceAction.Amendment
                    ? $"{e.Issue} = {e.Value}: {e.Justification}"
                    : e.Outcome is null ? "" : Describe(space, e.Outcome);
                var row = new List<string>
                {
                    e.Round.ToString(CultureInfo.InvariantCulture),
                    Markup.Escape(e.Actor),
                    TraceCsv.ActionName(e.Action),
                };
                row.AddRange(Enumerable.Range(0, result.PartyNames.Length).Select(p => e.Utilities.IsEmpty ? "" : F(e.Utilities[p])));
                row.Add(Markup.Escape(what));
                table.AddRow(row.ToArray());
            }
            console.Write(table);
        }

        var summary = new Grid().AddColumn().AddColumn();
        summary.AddRow("Ending", result.Ending switch
        {
            SessionEnd.Agreement => $"[green]agreement[/] in round {result.Rounds}",
            SessionEnd.Walkout => $"[red]walkout[/] by {Markup.Escape(result.PartyNames[result.WalkedOut!.Value])} in round {result.Rounds}",
            _ => $"[yellow]deadline[/]: no agreement after {result.Rounds} rounds",
        });
        if (result.Agreement is { } a)
        {
            summary.AddRow("Agreed text", Markup.Escape(Describe(space, a.Outcome)));
            summary.AddRow("Utilities", Markup.Escape(string.Join(", ", result.PartyNames.Select((p, i) => $"{p} {F(a.Utilities[i])}"))));
            if (!a.Utilities.SequenceEqual(a.DiscountedUtilities))
            {
                summary.AddRow("Discounted", Markup.Escape(string.Join(", ", result.PartyNames.Select((p, i) => $"{p} {F(a.DiscountedUtilities[i])}"))));
            }
            summary.AddRow("Distance to Pareto", result.DistanceToPareto is { } dp ? F(dp) : "n/a");
            summary.AddRow("Distance to Nash", result.DistanceToNash is { } dn ? F(dn) : "n/a (empty bargaining range)");
        }
        else
        {
            summary.AddRow("Payoffs", Markup.Escape(string.Join(", ", result.PartyNames.Select((p, i) => $"{p} {F(result.Payoffs[i])} (reservation)"))));
        }
        console.Write(summary);
    }

    private static string Describe(OutcomeSpace space, Outcome outcome) =>
        string.Join("; ", space.Describe(outcome).Select(kv => $"{kv.Key}: {kv.Value}"));

    private static string F(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}
