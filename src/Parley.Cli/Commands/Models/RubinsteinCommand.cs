using Parley.Cli.Infrastructure;
using Parley.Conflict.Models;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Parley.Cli.Commands.Models;

/// <summary>
/// <c>parley model rubinstein --delta-a 0.9 --delta-b 0.8 [--inside-a 0.3 --inside-b 0.2] [--outside-a 0 --outside-b 0.6] [--format json]</c>:
/// the subgame-perfect split of alternating offers, A proposing first. JSON
/// <c>{"proposerShare", "responderShare", "shareWithoutOutsideOptions", "outsideOptionBinds"}</c>.
/// </summary>
public sealed class RubinsteinCommand : Command<ParameterSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, ParameterSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var format = OutputFormats.Parse(settings.Format, OutputFormat.Text, OutputFormat.Json);
        var descriptor = RubinsteinModel.Descriptor;
        var values = descriptor.Resolve(ParameterOptions.Given(settings, descriptor, closedForm: true));
        var game = new RubinsteinBargaining(values["delta-a"], values["delta-b"], values["inside-a"], values["inside-b"], values["outside-a"], values["outside-b"]);
        if (format == OutputFormat.Json)
        {
            JsonText.Print(JsonText.Build(w =>
            {
                w.WriteStartObject();
                w.WriteNumber("proposerShare", game.ProposerShare);
                w.WriteNumber("responderShare", game.ResponderShare);
                w.WriteNumber("shareWithoutOutsideOptions", game.ShareWithoutOutsideOptions);
                w.WriteString("outsideOptionBinds", game.Binding.ToString().ToLowerInvariant());
                w.WriteEndObject();
            }));
            return 0;
        }
        AnsiConsole.Write(FactTable.Create(
            $"Rubinstein 1982: delta_A = {FactTable.Number(game.DeltaA)}, delta_B = {FactTable.Number(game.DeltaB)}, inside options {FactTable.Number(game.InsideA)} / {FactTable.Number(game.InsideB)}, outside options {FactTable.Number(game.OutsideA)} / {FactTable.Number(game.OutsideB)}",
            [
                ("proposer share", FactTable.Number(game.ProposerShare), "A's share, offered and accepted at once: d_A + (1 - delta_B)(1 - d_A - d_B)/(1 - delta_A delta_B) unless an outside option binds"),
                ("responder share", FactTable.Number(game.ResponderShare), "B's share"),
                ("outside options binding", game.Binding.ToString().ToLowerInvariant(), "an outside option binds only above what its holder gets without it; then it gets exactly that"),
            ]));
        return 0;
    }
}
