using System.Collections.Immutable;
using System.ComponentModel;
using Parley.Cli.Infrastructure;
using Parley.Negotiation.Tournaments;
using Spectre.Console.Cli;

namespace Parley.Cli.Commands.Negotiation;

/// <summary><c>parley tournament</c>: every strategy against every strategy in every role, on every domain, for several seeds.</summary>
public sealed class TournamentCommand : Command<TournamentCommand.Settings>
{
    /// <summary>Options.</summary>
    public sealed class Settings : CommandSettings
    {
        /// <summary>Domains: a scenario, or comma-separated GENIUS files; repeatable.</summary>
        [CommandOption("-d|--domain <DOMAIN>")]
        [Description("scenario.yaml, or domain.xml,profile.xml,profile.xml; repeat for more domains")]
        public string[] Domains { get; init; } = [];

        /// <summary>The competing strategies.</summary>
        [CommandOption("-s|--strategies <LIST>")]
        [Description("comma-separated: boulware, linear, conceder, hardheaded, tit-for-tat, aspiration, random")]
        public string? Strategies { get; init; }

        /// <summary>Repetitions of every match.</summary>
        [CommandOption("--seeds <N>")]
        [Description("how many seeds each match is played with (default 1)")]
        public int Seeds { get; init; } = 1;

        /// <summary>The base seed.</summary>
        [CommandOption("--seed <S>")]
        [Description("base random seed (default 0)")]
        public ulong Seed { get; init; }

        /// <summary>Deadline.</summary>
        [CommandOption("-r|--rounds <N>")]
        [Description("deadline in rounds of each negotiation (default 100)")]
        public int? Rounds { get; init; }

        /// <summary>Protocol.</summary>
        [CommandOption("-p|--protocol <PROTOCOL>")]
        [Description("alternating (default), mediated or ultimatum")]
        public string Protocol { get; init; } = "alternating";

        /// <summary>Mediator.</summary>
        [CommandOption("-m|--mediator <NAME>")]
        [Description("mediated protocol only: nash (default) or split")]
        public string? Mediator { get; init; }

        /// <summary>Thread cap.</summary>
        [CommandOption("--threads <N>")]
        [Description("most negotiations run at once (default: all cores); results do not depend on it")]
        public int? Threads { get; init; }

        /// <summary>text, json or csv.</summary>
        [CommandOption("-f|--format <FORMAT>")]
        [Description("text (default), json or csv (a header and one row per strategy)")]
        public string Format { get; init; } = "text";
    }

    /// <inheritdoc />
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var format = OutputFormats.Parse(settings.Format, OutputFormat.Text, OutputFormat.Json, OutputFormat.Csv);
        if (settings.Domains.Length == 0)
        {
            throw new CliException("give at least one --domain: a scenario.yaml, or domain.xml,profile.xml,profile.xml");
        }
        if (settings.Seeds < 1)
        {
            throw new CliException($"--seeds is {settings.Seeds}: play each match at least once");
        }
        if (settings.Threads is { } t && t < 1)
        {
            throw new CliException($"--threads is {t}: give at least 1");
        }
        var rounds = NegotiationArguments.Rounds(settings.Rounds);
        var protocol = NegotiationArguments.Protocol(settings.Protocol, settings.Mediator);
        var strategies = NegotiationArguments.StrategyList(settings.Strategies);
        var domains = settings.Domains
            .Select(d => NegotiationArguments.Domain(DomainLoader.Load(d.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))))
            .ToImmutableArray();
        var spec = new TournamentSpec
        {
            Domains = domains,
            Strategies = strategies,
            Seeds = settings.Seeds,
            Seed = settings.Seed,
            Deadline = protocol is Parley.Negotiation.Protocols.UltimatumProtocol ? 1 : rounds,
            Protocol = protocol,
            MaxDegreeOfParallelism = settings.Threads,
        };

        var result = Tournament.Run(spec);

        switch (format)
        {
            case OutputFormat.Csv:
                Console.Out.Write(TournamentCsv.Write(result));
                break;
            case OutputFormat.Json:
                JsonOutput.Write(TournamentText.Json(spec, result));
                break;
            default:
                TournamentText.Write(Terminal.Create(), spec, result);
                break;
        }
        return 0;
    }
}
