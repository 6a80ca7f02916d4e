using Parley.Cli.Infrastructure;
using Parley.Conflict.Models;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Parley.Cli.Commands.Models;

/// <summary>
/// <c>parley model fearon --p 0.6 --cost-a 0.1 --cost-b 0.15 [--cost-bar 0.3] [--format json]</c>: the
/// bargaining range and ultimatum, plus the screening offer and war probability when B's cost is private.
/// JSON <c>{"rangeLow", "rangeHigh", "ultimatumOffer", "nashPoint", "rangeWidth"[, "screeningOffer", "warProbability"]}</c>.
/// </summary>
public sealed class FearonCommand : Command<ParameterSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, ParameterSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var format = OutputFormats.Parse(settings.Format, OutputFormat.Text, OutputFormat.Json);
        var descriptor = FearonModel.Descriptor;
        var values = descriptor.Resolve(ParameterOptions.Given(settings, descriptor, closedForm: true));
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
