using Parley.Cli.Infrastructure;
using Parley.Conflict.Models;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Parley.Cli.Commands.Models;

/// <summary>
/// <c>parley model powell --delta 0.9 --power-now 0.6 --power-next 0.3 --cost-a 0.5 [--format json]</c>:
/// whether the declining state fights a preventive war, and the power after the shift below which it
/// would. JSON <c>{"war", "thresholdPower", "fightValue", "peaceValue"}</c>.
/// </summary>
public sealed class PowellCommand : Command<ParameterSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, ParameterSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var format = OutputFormats.Parse(settings.Format, OutputFormat.Text, OutputFormat.Json);
        var descriptor = PowellModel.Descriptor;
        var values = descriptor.Resolve(ParameterOptions.Given(settings, descriptor, closedForm: true));
        var shift = new PowellShift(values["delta"], values["power-now"], values["power-next"], values["cost-a"]);
        if (format == OutputFormat.Json)
        {
            JsonText.Print(JsonText.Build(w =>
            {
                w.WriteStartObject();
                w.WriteBoolean("war", shift.War);
                w.WriteNumber("thresholdPower", shift.ThresholdPower);
                w.WriteNumber("fightValue", shift.FightValue);
                w.WriteNumber("peaceValue", shift.PeaceValue);
                w.WriteEndObject();
            }));
            return 0;
        }
        AnsiConsole.Write(FactTable.Create(
            $"Powell 2006: delta = {FactTable.Number(shift.Delta)}, p_t = {FactTable.Number(shift.PowerNow)} -> p_t+1 = {FactTable.Number(shift.PowerNext)}, c_A = {FactTable.Number(shift.CostA)}",
            [
                ("war", shift.War ? "yes" : "no", shift.War ? "A fights now: B cannot credibly promise enough after the shift" : "B can buy A off"),
                ("fight value", FactTable.Number(shift.FightValue), "p_t/(1 - delta) - c_A"),
                ("peace value", FactTable.Number(shift.PeaceValue), "1 + delta (p_t+1/(1 - delta) - c_A): the most B can credibly give"),
                ("threshold power", FactTable.Number(shift.ThresholdPower), shift.ThresholdPower < 0 ? "negative: no shift can provoke war" : "A fights if its power falls below this"),
            ]));
        return 0;
    }
}
