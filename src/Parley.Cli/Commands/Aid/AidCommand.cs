using Parley.ShippedScenarios;
using System.ComponentModel;
using System.Globalization;
using System.Text.Json;
using Parley.Cli.Infrastructure;
using Parley.Humanitarian;
using Spectre.Console;
using Spectre.Console.Cli;
using Parley.Formats.Humanitarian;

namespace Parley.Cli.Commands.Aid;

/// <summary>
/// <c>parley aid [file]</c>: land crossings against airdrops, need met and the humanitarian cost
/// signal for one round, under the file's baseline or the aid terms given as options.
/// </summary>
public sealed class AidCommand : Command<AidCommand.Settings>
{
    /// <summary>Arguments and options.</summary>
    public sealed class Settings : CommandSettings
    {
        /// <summary>A scenario YAML with a humanitarian section; the embedded Gaza 2025 default when omitted.</summary>
        [CommandArgument(0, "[file]")]
        [Description("A scenario.yaml with a 'humanitarian:' section. Default: the Gaza 2025 scenario built into parley.")]
        public string? File { get; init; }

        /// <summary>Trucks per day.</summary>
        [CommandOption("--trucks <N>")]
        [Description("Aid trucks per day through the land crossings (agreement term). Default: the file's value.")]
        public double? Trucks { get; init; }

        /// <summary>Airdrop sorties per day.</summary>
        [CommandOption("--airdrops <N>")]
        [Description("Airdrop sorties per day.")]
        public double? Airdrops { get; init; }

        /// <summary>Administration.</summary>
        [CommandOption("--administration <WHO>")]
        [Description("Who runs distribution: un, alternative or mixed.")]
        public string? Administration { get; init; }

        /// <summary>Rafah open or closed.</summary>
        [CommandOption("--rafah <STATE>")]
        [Description("Rafah crossing: open or closed.")]
        public string? Rafah { get; init; }

        /// <summary>Population override.</summary>
        [CommandOption("--population <N>")]
        [Description("People to feed.")]
        public double? Population { get; init; }

        /// <summary>Tonnes per truck override.</summary>
        [CommandOption("--tonnes-per-truck <T>")]
        [Description("Payload per truck in tonnes.")]
        public double? TonnesPerTruck { get; init; }

        /// <summary>Food share override.</summary>
        [CommandOption("--food-share <SHARE>")]
        [Description("Share of non-fuel trucks carrying food, 0..1.")]
        public double? FoodShare { get; init; }

        /// <summary>Airdrop loss override.</summary>
        [CommandOption("--airdrop-loss <SHARE>")]
        [Description("Share of airdropped food lost, 0..1.")]
        public double? AirdropLoss { get; init; }

        /// <summary>Days per round override.</summary>
        [CommandOption("--days <N>")]
        [Description("Days in one round (for the unmet person-days signal).")]
        public double? Days { get; init; }

        /// <summary>Output format.</summary>
        [CommandOption("--format <FORMAT>")]
        [Description("text (default) or json.")]
        public string Format { get; init; } = "text";
    }

    /// <inheritdoc />
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var scenario = settings.File is null ? HumanitarianYaml.Parse(ShippedScenario.ReadText(ShippedScenario.DefaultId), ShippedScenario.DisplayName(ShippedScenario.DefaultId)) : HumanitarianYaml.LoadFile(settings.File);
        scenario = ApplyOverrides(scenario, settings);
        var terms = new AidTerms(
            settings.Trucks,
            settings.Administration is null ? null : AidAdministrationNames.Parse(settings.Administration)
                ?? throw new CliException($"--administration {settings.Administration}: use un, alternative or mixed"),
            settings.Rafah?.Trim().ToLowerInvariant() switch
            {
                null => null,
                "open" => true,
                "closed" => false,
                _ => throw new CliException($"--rafah {settings.Rafah}: use open or closed"),
            },
            settings.Airdrops);
        var round = HumanitarianModel.Evaluate(scenario, terms);
        switch (settings.Format.ToLowerInvariant())
        {
            case "json":
                Console.Out.WriteLine(JsonSerializer.Serialize(AidReport.From(scenario, round), AidReport.JsonOptions));
                break;
            case "text":
                AidTables.Write(AnsiConsole.Console, scenario, round, settings.File ?? "Gaza 2025 default (built in)");
                break;
            default:
                throw new CliException($"--format {settings.Format}: use text or json");
        }
        return 0;
    }

    private static HumanitarianScenario ApplyOverrides(HumanitarianScenario s, Settings o)
    {
        if (o.Population is { } p)
        {
            s = s with { Population = s.Population.Override(p) };
        }
        if (o.TonnesPerTruck is { } t)
        {
            s = s with { Land = s.Land with { TonnesPerTruck = s.Land.TonnesPerTruck.Override(t) } };
        }
        if (o.FoodShare is { } f)
        {
            s = s with { Land = s.Land with { FoodShare = s.Land.FoodShare.Override(f) } };
        }
        if (o.AirdropLoss is { } l)
        {
            s = s with { Airdrops = s.Airdrops with { ShareLost = s.Airdrops.ShareLost.Override(l) } };
        }
        if (o.Days is { } d)
        {
            s = s with { DaysPerRound = s.DaysPerRound.Override(d) };
        }
        // Re-run validation on the edited inputs (records built with 'with' skip the constructor checks).
        return new HumanitarianScenario(s.Population, s.NeedKcalPerPersonDay, s.Land, s.Airdrops, s.Networks, s.Administration, s.Crossing, s.DaysPerRound, s.ReportedRatios)
        {
            SourceTitles = s.SourceTitles,
        };
    }

    internal static string Num(double v, string format = "#,0") => v.ToString(format, CultureInfo.InvariantCulture);
}
