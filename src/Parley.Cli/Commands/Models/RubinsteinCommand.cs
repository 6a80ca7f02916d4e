using Parley.Cli.Infrastructure;
using System.ComponentModel;
using Parley.Conflict.Models;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Parley.Cli.Commands.Models;

/// <summary>
/// <c>parley model rubinstein --delta-a 0.9 --delta-b 0.8 [--inside-a 0.3 --inside-b 0.2] [--outside-a 0 --outside-b 0.6] [--format json]</c>:
/// the subgame-perfect split of alternating offers, A proposing first. JSON
/// <c>{"proposerShare", "responderShare", "shareWithoutOutsideOptions", "outsideOptionBinds"}</c>.
/// </summary>
public sealed class RubinsteinCommand : Command<RubinsteinCommand.Settings>
{
    /// <summary>Arguments.</summary>
    public sealed class Settings : FormatSettings
    {
        /// <summary>--delta-a.</summary>
        [CommandOption("--delta-a <VALUE>")]
        [Description("A's (first proposer's) discount factor per round, at least 0 and below 1 (default 0.9).")]
        public string? DeltaA { get; init; }

        /// <summary>--delta-b.</summary>
        [CommandOption("--delta-b <VALUE>")]
        [Description("B's discount factor per round (default 0.9).")]
        public string? DeltaB { get; init; }

        /// <summary>--inside-a.</summary>
        [CommandOption("--inside-a <VALUE>")]
        [Description("A's inside option: per-round share while disagreeing (default 0).")]
        public string? InsideA { get; init; }

        /// <summary>--inside-b.</summary>
        [CommandOption("--inside-b <VALUE>")]
        [Description("B's inside option per round (default 0).")]
        public string? InsideB { get; init; }

        /// <summary>--outside-a.</summary>
        [CommandOption("--outside-a <VALUE>")]
        [Description("A's outside option: the share it gets by walking away when responding (default 0).")]
        public string? OutsideA { get; init; }

        /// <summary>--outside-b.</summary>
        [CommandOption("--outside-b <VALUE>")]
        [Description("B's outside option (default 0); binds only above B's share without it, e.g. delta/(1+delta).")]
        public string? OutsideB { get; init; }
    }

    /// <inheritdoc />
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var format = OutputFormats.Parse(settings.Format, OutputFormat.Text, OutputFormat.Json);
        var descriptor = RubinsteinModel.Descriptor;
        var values = descriptor.Resolve(ParameterOptions.Given(settings, descriptor.Parameters.Select(p => p.Name)));
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
