using Parley.Humanitarian;
using Spectre.Console;

namespace Parley.Cli.Commands.Aid;

/// <summary>Text output of <c>parley aid</c>: the land-vs-airdrop table first, then need and the signal.</summary>
internal static class AidTables
{
    public static void Write(IAnsiConsole console, HumanitarianScenario s, HumanitarianRound r, string sourceName)
    {
        static string N(double v, string f = "#,0") => AidCommand.Num(v, f);
        console.MarkupLine($"[bold]Food aid by land and by air[/] [grey](per day; {Markup.Escape(sourceName)})[/]");
        var t = new Table().Border(TableBorder.Rounded);
        t.AddColumn(new TableColumn("Channel").NoWrap());
        t.AddColumn(new TableColumn("Per day").RightAligned().NoWrap());
        t.AddColumn(new TableColumn("Food t").RightAligned().NoWrap());
        t.AddColumn(new TableColumn("Rations arriving").RightAligned().NoWrap());
        t.AddColumn(new TableColumn("USD/1000 kcal").RightAligned().NoWrap());
        foreach (var c in new[] { r.Land, r.Airdrops })
        {
            var units = c == r.Land ? $"{N(c.UnitsPerDay)} trucks ({N(c.FoodUnitsPerDay)} food)" : $"{N(c.UnitsPerDay)} sorties";
            t.AddRow(c.Channel, units, N(c.FoodTonnesDelivered), N(c.PeopleFedEquivalent), N(c.CostPer1000Kcal, "0.000"));
        }
        console.Write(t);
        console.MarkupLine("[grey]Food t: food tonnes arriving per day; rations arriving: kcal arriving / 2,100 kcal (Sphere), before distribution reach and the population cap (the share of need met below applies both).[/]");
        console.MarkupLine($"Cost per day: land {N(r.Land.CostUsdPerDay)} USD, airdrops {N(r.Airdrops.CostUsdPerDay)} USD.");
        var reported = s.ReportedRatios.FirstOrDefault(x => x.Name == "airdrop_cost_vs_trucks").Value;
        var ratio = double.IsFinite(r.AirdropToLandCostRatio) ? $"{N(r.AirdropToLandCostRatio, "0")}x" : "n/a (land cost is zero)";
        console.MarkupLine($"Airdrops cost [bold]{ratio}[/] as much per 1,000 kcal as trucks" + (reported is null ? "." : $" (reported: {Markup.Escape(reported.Quote ?? "")}, {Markup.Escape(s.SourceTitle(reported.Source))})."));
        if (reported is not null && !s.Land.CostPerTruckUsd.IsCited)
        {
            console.MarkupLine("[grey]The truck cost is an assumption, not a sourced figure (in the Gaza scenario it is derived from the reported ratio itself): the two ratios are not an independent check of each other.[/]");
        }
        console.WriteLine();

        var n = new Table().Border(TableBorder.Rounded).AddColumn("Need and distribution").AddColumn(new TableColumn("Value").RightAligned());
        var net = r.Administration == AidAdministration.Mixed ? "UN + alternative networks" : s.Networks[r.Administration].Name;
        n.AddRow("Population", N(r.Population));
        n.AddRow("Need (million kcal/day)", N(r.NeedKcalPerDay / 1e6));
        n.AddRow($"Distribution: {Markup.Escape(net)} (people reachable/day)", N(r.DistributionReach));
        n.AddRow("Food that reaches people (million kcal/day)", N(r.UsableKcalPerDay / 1e6));
        n.AddRow("[bold]Share of need met[/]", $"[bold]{r.ShareOfNeedMet:0.0%}[/]");
        n.AddRow($"Humanitarian cost signal: unmet share (gap)", r.Signal.Gap.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture));
        n.AddRow($"Unmet person-days per round ({N(r.Signal.DaysPerRound)} days)", N(r.Signal.UnmetPersonDays));
        n.AddRow("Rafah", r.RafahOpen ? $"open: {N(r.EvacuationsPerDay)} evacuations/day, {N(r.DaysToClearBacklogLow ?? 0)}-{N(r.DaysToClearBacklogHigh ?? 0)} days to clear the waiting list" : "closed: no medical evacuations");
        console.Write(n);
        console.MarkupLine("[grey]Assumptions are marked in the YAML file; change them there or with options (parley aid --help).[/]");
    }
}
