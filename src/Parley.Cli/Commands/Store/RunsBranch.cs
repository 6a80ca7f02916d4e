using System.ComponentModel;
using System.Globalization;
using System.Text.Json;
using Parley.Cli.Infrastructure;
using Parley.Store.Database;
using Parley.Store.Experiments;
using Parley.Store.Export;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Parley.Cli.Commands.Store;

/// <summary>The <c>parley runs list|show|export|diff</c> branch over the experiment store.</summary>
public static class RunsBranch
{
    /// <summary>Registers the branch's commands.</summary>
    public static void Configure(IConfigurator<CommandSettings> branch)
    {
        ArgumentNullException.ThrowIfNull(branch);
        branch.SetDescription("The experiment store: list, show, export and compare recorded experiments.");
        branch.AddCommand<ListCommand>("list").WithDescription("List the recorded experiments: id, kind, scenario, points, runs stored.");
        branch.AddCommand<ShowCommand>("show").WithDescription("Show one experiment: its scenario hash, seed, code version, points and their summaries.");
        branch.AddCommand<ExportCommand>("export").WithDescription("Write one row per run as tidy CSV (standard output, or --out FILE) or Parquet (--out FILE.parquet).");
        branch.AddCommand<DiffCommand>("diff").WithDescription("Compare two experiments point by point: how the share of each ending differs.");
    }

    /// <summary><c>runs list</c>.</summary>
    public sealed class ListCommand : Command<StoreSettings>
    {
        /// <inheritdoc />
        public override int Execute(CommandContext context, StoreSettings settings, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(settings);
            using var store = ExperimentStore.Open(StoreOption.Read(settings.Store));
            var table = new Table().AddColumns("id", "kind", "name", "scenario", "design", "points", "runs stored", "created");
            foreach (var e in store.List())
            {
                table.AddRow(e.Id, e.Spec.Kind, Markup.Escape(e.Spec.Name), Markup.Escape(e.Spec.Scenario), e.Spec.Design,
                    e.Spec.Points.Count.ToString(CultureInfo.InvariantCulture), $"{e.StoredRuns:N0} / {e.PlannedRuns:N0}", e.Created);
            }
            Terminal.Create().Write(table);
            return 0;
        }
    }

    /// <summary>Arguments naming one experiment.</summary>
    public class OneSettings : StoreSettings
    {
        /// <summary>The experiment: its id (or a prefix) or name.</summary>
        [CommandArgument(0, "<experiment>")]
        [Description("The experiment's id (or its first digits) or its name.")]
        public string Experiment { get; init; } = "";
    }

    /// <summary><c>runs show</c>.</summary>
    public sealed class ShowCommand : Command<OneSettings>
    {
        /// <inheritdoc />
        public override int Execute(CommandContext context, OneSettings settings, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(settings);
            using var store = ExperimentStore.Open(StoreOption.Read(settings.Store));
            var e = store.Find(settings.Experiment);
            var s = e.Spec;
            var console = Terminal.Create();
            console.MarkupLineInterpolated($"experiment [bold]{e.Id}[/] {s.Name}");
            console.MarkupLineInterpolated($"kind {s.Kind}, design {s.Design}, created {e.Created}");
            console.MarkupLineInterpolated($"scenario {s.Scenario} (sha256 {s.ScenarioHash})");
            console.MarkupLineInterpolated($"seed {s.Seed}, {s.Runs:N0} runs per point, code {s.CodeVersion}");
            console.MarkupLineInterpolated($"{e.StoredRuns:N0} of {e.PlannedRuns:N0} runs stored");
            var stored = store.StoredRunsByPoint(e.Id);
            var table = new Table().AddColumns("point", "hypothesis", "overrides", "runs", "agreement share", "median days to agreement");
            foreach (var p in s.Points)
            {
                var summary = store.Summary(e.Id, p.Index);
                var (share, median) = summary is null ? ("", "") : Headline(summary);
                table.AddRow(p.Index.ToString(CultureInfo.InvariantCulture), Markup.Escape(p.Hypothesis), Markup.Escape(string.Join(" ", p.Overrides)),
                    stored.GetValueOrDefault(p.Index).ToString("N0", CultureInfo.InvariantCulture), share, median);
            }
            console.Write(table);
            return 0;
        }

        private static (string Share, string Median) Headline(string json)
        {
            using var doc = JsonDocument.Parse(json);
            var root = doc.RootElement;
            if (!root.TryGetProperty("runs", out var runsNode) || !root.TryGetProperty("endings", out _))
            {
                return ("", "");
            }
            var runs = runsNode.GetDouble();
            var endings = root.GetProperty("endings");
            var agreed = new[] { "negotiated-settlement", "ceasefire-held", "ceasefire-collapsed" }.Sum(n => endings.TryGetProperty(n, out var v) ? v.GetDouble() : 0);
            var median = root.TryGetProperty("daysToAgreement", out var d) && d.ValueKind == JsonValueKind.Object && d.TryGetProperty("median", out var m) && m.ValueKind == JsonValueKind.Number
                ? m.GetDouble().ToString("0.#", CultureInfo.InvariantCulture)
                : "-";
            return ((agreed / runs).ToString("P1", CultureInfo.InvariantCulture), median);
        }
    }

    /// <summary>Arguments of <c>runs export</c>.</summary>
    public sealed class ExportSettings : OneSettings
    {
        /// <summary>--out.</summary>
        [CommandOption("--out <FILE>")]
        [Description("Write to FILE (.csv, or .parquet for Parquet) instead of standard output (CSV).")]
        public string? Out { get; init; }
    }

    /// <summary><c>runs export</c>.</summary>
    public sealed class ExportCommand : Command<ExportSettings>
    {
        /// <inheritdoc />
        public override int Execute(CommandContext context, ExportSettings settings, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(settings);
            using var store = ExperimentStore.Open(StoreOption.Read(settings.Store));
            var e = store.Find(settings.Experiment);
            if (settings.Out is null)
            {
                var stdout = AmbientConsole.Current?.Out ?? Console.Out;
                ExperimentCsvWriter.Write(stdout, store, e);
                stdout.Flush();
                return 0;
            }
            var parquet = settings.Out.EndsWith(".parquet", StringComparison.OrdinalIgnoreCase);
            using var file = File.Create(settings.Out);
            if (parquet)
            {
                ExperimentParquetWriter.WriteAsync(file, store, e, cancellationToken).GetAwaiter().GetResult();
            }
            else
            {
                ExperimentCsvWriter.Write(file, store, e);
            }
            return 0;
        }
    }
}
