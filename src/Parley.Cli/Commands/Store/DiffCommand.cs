using System.ComponentModel;
using System.Globalization;
using System.Text.Json;
using Parley.Cli.Infrastructure;
using Parley.Store.Database;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Parley.Cli.Commands.Store;

/// <summary><c>parley runs diff A B</c>: point by point, the share of each ending in A, in B, and B minus A.</summary>
public sealed class DiffCommand : Command<DiffCommand.Settings>
{
    /// <summary>Arguments.</summary>
    public sealed class Settings : StoreSettings
    {
        /// <summary>The first experiment.</summary>
        [CommandArgument(0, "<a>")]
        [Description("The first experiment (id, id prefix or name).")]
        public string A { get; init; } = "";

        /// <summary>The second experiment.</summary>
        [CommandArgument(1, "<b>")]
        [Description("The second experiment.")]
        public string B { get; init; } = "";
    }

    /// <inheritdoc />
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        using var store = ExperimentStore.Open(StoreOption.Read(settings.Store));
        var a = store.Find(settings.A);
        var b = store.Find(settings.B);
        var console = Terminal.Create();
        console.MarkupLineInterpolated($"A = {a.Id} ({a.Spec.Scenario}, seed {a.Spec.Seed}, {a.Spec.Runs:N0} runs per point)");
        console.MarkupLineInterpolated($"B = {b.Id} ({b.Spec.Scenario}, seed {b.Spec.Seed}, {b.Spec.Runs:N0} runs per point)");
        if (a.Spec.ScenarioHash != b.Spec.ScenarioHash)
        {
            console.MarkupLine("the scenario files differ (content hash)");
        }
        var table = new Table().AddColumns("point", "ending", "A", "B", "B - A");
        var points = Math.Min(a.Spec.Points.Count, b.Spec.Points.Count);
        for (var p = 0; p < points; p++)
        {
            var sa = Shares(store.Summary(a.Id, p));
            var sb = Shares(store.Summary(b.Id, p));
            foreach (var ending in sa.Keys.Union(sb.Keys).Order(StringComparer.Ordinal))
            {
                var x = sa.GetValueOrDefault(ending);
                var y = sb.GetValueOrDefault(ending);
                if (x == 0 && y == 0)
                {
                    continue;
                }
                table.AddRow(p.ToString(CultureInfo.InvariantCulture), ending, Percent(x), Percent(y), (y - x).ToString("+0.0%;-0.0%;0.0%", CultureInfo.InvariantCulture));
            }
        }
        console.Write(table);
        if (a.Spec.Points.Count != b.Spec.Points.Count)
        {
            console.MarkupLineInterpolated($"A has {a.Spec.Points.Count} points, B {b.Spec.Points.Count}: the first {points} are compared");
        }
        return 0;
    }

    private static string Percent(double x) => x.ToString("0.0%", CultureInfo.InvariantCulture);

    private static Dictionary<string, double> Shares(string? summary)
    {
        if (summary is null)
        {
            return [];
        }
        using var doc = JsonDocument.Parse(summary);
        if (!doc.RootElement.TryGetProperty("endings", out _))
        {
            return [];
        }
        var runs = doc.RootElement.GetProperty("runs").GetDouble();
        return doc.RootElement.GetProperty("endings").EnumerateObject().ToDictionary(e => e.Name, e => e.Value.GetDouble() / runs);
    }
}
