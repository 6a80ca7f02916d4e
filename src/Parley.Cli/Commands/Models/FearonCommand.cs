using Parley.Cli.Infrastructure;
using System.ComponentModel;
using Parley.Conflict.Models;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Parley.Cli.Commands.Models;

/// <summary>
/// <c>parley model fearon --p 0.6 --cost-a 0.1 --cost-b 0.15 [--cost-bar 0.3] [--format json]</c>: the
/// bargaining range and ultimatum, plus the screening offer and war probability when B's cost is private.
/// JSON <c>{"rangeLow", "rangeHigh", "ultimatumOffer", "nashPoint", "rangeWidth"[, "screeningOffer", "warProbability"]}</c>.
/// </summary>
public sealed class FearonCommand : Command<FearonCommand.Settings>
{
    /// <summary>Arguments.</summary>
    public sealed class Settings : FormatSettings
    {
        /// <summary>--p.</summary>
        [CommandOption("-p <VALUE>")]
        [Description("Probability that A wins a war (default 0.5); also written --p.")]
        public string? P { get; init; }

        /// <summary>--cost-a.</summary>
        [CommandOption("--cost-a <VALUE>")]
        [Description("A's cost of war, share of the stake (default 0.1).")]
        public string? CostA { get; init; }

        /// <summary>--cost-b.</summary>
        [CommandOption("--cost-b <VALUE>")]
        [Description("B's cost of war (default 0.15).")]
        public string? CostB { get; init; }

        /// <summary>--cost-bar.</summary>
        [CommandOption("--cost-bar <VALUE>")]
        [Description("Upper bound of B's private cost, uniform from 0 to cost-bar: adds the screening offer and war probability.")]
        public string? CostBar { get; init; }
    }

    /// <inheritdoc />
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var format = OutputFormats.Parse(settings.Format, OutputFormat.Text, OutputFormat.Json);
        var descriptor = FearonModel.Descriptor;
        var values = descriptor.Resolve(ParameterOptions.Given(settings, descriptor.Parameters.Select(p => p.Name)));
        var game = new FearonBargaining(values["p"], values["cost-a"], values["cost-b"]);
        var screening = values.IsGiven("cost-bar") ? game.Screening(values["cost-bar"]) : (FearonScreening?)null;
        if (format == OutputFormat.Json)
        {
            JsonText.Print(JsonText.Build(w =>
            {
                w.WriteStartObject();
                w.WriteNumber("rangeLow", game.RangeLow);
                w.WriteNumber("rangeHigh", game.RangeHigh);
                w.WriteNumber("ultimatumOffer", game.UltimatumOffer);
                w.WriteNumber("nashPoint", game.NashPoint);
                w.WriteNumber("rangeWidth", game.RangeWidth);
                if (screening is { } s)
                {
                    w.WriteNumber("screeningOffer", s.Offer);
                    w.WriteNumber("warProbability", s.WarProbability);
                }
                w.WriteEndObject();
            }));
            return 0;
        }
        var rows = new List<(string, string, string)>
        {
            ("range", $"({FactTable.Number(game.RangeLow)}, {FactTable.Number(game.RangeHigh)})", "A's shares both sides prefer to war: (p - c_A, p + c_B)"),
            ("width", FactTable.Number(game.RangeWidth), "c_A + c_B: costlier war, wider range"),
            ("ultimatum offer", FactTable.Number(game.UltimatumOffer), "what A demands and B accepts under complete information"),
            ("Nash point", FactTable.Number(game.NashPoint), "symmetric Nash split with war as the threat point"),
        };
        if (screening is { } sc)
        {
            rows.Add(("screening offer", FactTable.Number(sc.Offer), "A's demand when B's cost is private, U[0, cost-bar]"));
            rows.Add(("war probability", FactTable.Number(sc.WarProbability), "chance B's cost is low enough to reject: the risk-return trade-off"));
        }
        AnsiConsole.Write(FactTable.Create($"Fearon 1995: p = {FactTable.Number(game.P)}, c_A = {FactTable.Number(game.CostA)}, c_B = {FactTable.Number(game.CostB)}", rows));
        return 0;
    }
}
