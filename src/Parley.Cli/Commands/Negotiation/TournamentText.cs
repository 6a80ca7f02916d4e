using System.Globalization;
using Parley.Negotiation.Tournaments;
using Spectre.Console;

namespace Parley.Cli.Commands.Negotiation;

/// <summary>Renders tournament standings as a table or as a JSON document.</summary>
public static class TournamentText
{
    /// <summary>Writes the standings table.</summary>
    public static void Write(IAnsiConsole console, TournamentSpec spec, TournamentResult result)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(result);
        console.Write(new Rule($"[bold]Tournament[/]: {result.Runs.Length} negotiations").LeftJustified());
        console.MarkupLineInterpolated($"Domains: {string.Join(", ", spec.Domains.Select(d => d.Name))}; protocol {spec.Protocol.Name}, {spec.Deadline} rounds, {spec.Seeds} seed(s)");
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn("strategy");
        foreach (var name in new[] { "negotiations", "agreement rate", "mean utility", "mean dist. to Nash", "mean dist. to Pareto", "mean rounds" })
        {
            table.AddColumn(new TableColumn(name).RightAligned());
        }
        foreach (var s in result.Standings)
        {
            table.AddRow(
                Markup.Escape(s.Strategy),
                s.Negotiations.ToString(CultureInfo.InvariantCulture),
                s.AgreementRate.ToString("P1", CultureInfo.InvariantCulture),
                F(s.MeanUtility),
                s.MeanDistanceToNash is { } n ? F(n) : "n/a",
                s.MeanDistanceToPareto is { } p ? F(p) : "n/a",
                s.MeanRounds.ToString("0.0", CultureInfo.InvariantCulture));
        }
        console.Write(table);
    }

    /// <summary>The JSON document: settings and one standing per strategy.</summary>
    public static object Json(TournamentSpec spec, TournamentResult result)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(result);
        return new
        {
            domains = spec.Domains.Select(d => d.Name).ToArray(),
            protocol = spec.Protocol.Name,
            rounds = spec.Deadline,
            seeds = spec.Seeds,
            seed = spec.Seed,
            negotiations = result.Runs.Length,
            standings = result.Standings.Select(s => new
            {
                strategy = s.Strategy,
                negotiations = s.Negotiations,
                agreements = s.Agreements,
                agreementRate = s.AgreementRate,
                meanUtility = s.MeanUtility,
                meanDistanceToNash = s.MeanDistanceToNash,
                meanDistanceToPareto = s.MeanDistanceToPareto,
                meanRounds = s.MeanRounds,
            }).ToArray(),
        };
    }

    private static string F(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}
