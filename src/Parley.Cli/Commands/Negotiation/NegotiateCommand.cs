using System.ComponentModel;
using System.Text.Encodings.Web;
using System.Text.Json;
using Parley.Cli.Infrastructure;
using Parley.Domain;
using Parley.Negotiation;
using Parley.Negotiation.Traces;
using Spectre.Console.Cli;

namespace Parley.Cli.Commands.Negotiation;

/// <summary><c>parley negotiate</c>: runs one negotiation between strategies and prints its trace and outcome.</summary>
public sealed class NegotiateCommand : Command<NegotiateCommand.Settings>
{
    /// <summary>Arguments and options.</summary>
    public sealed class Settings : CommandSettings
    {
        /// <summary>A scenario, or a GENIUS domain followed by its profiles.</summary>
        [CommandArgument(0, "<files>")]
        [Description("scenario.yaml, or domain.xml profile.xml profile.xml [[...]]")]
        public string[] Files { get; init; } = [];

        /// <summary>alternating, mediated or ultimatum.</summary>
        [CommandOption("-p|--protocol <PROTOCOL>")]
        [Description("alternating (default), mediated or ultimatum")]
        public string Protocol { get; init; } = "alternating";

        /// <summary>One strategy per party, comma-separated.</summary>
        [CommandOption("-s|--strategies <LIST>")]
        [Description("one per party in party order (or one for all): boulware, linear, conceder, hardheaded, tit-for-tat, aspiration, random")]
        public string? Strategies { get; init; }

        /// <summary>The mediator for the mediated protocol.</summary>
        [CommandOption("-m|--mediator <NAME>")]
        [Description("mediated protocol only: nash (default) or split")]
        public string? Mediator { get; init; }

        /// <summary>The deadline.</summary>
        [CommandOption("-r|--rounds <N>")]
        [Description("deadline in rounds (default 100; the ultimatum has exactly 1)")]
        public int? Rounds { get; init; }

        /// <summary>The random seed.</summary>
        [CommandOption("--seed <S>")]
        [Description("random seed (default 0); the same seed gives the same output")]
        public ulong Seed { get; init; }

        /// <summary>Per-party discount factors.</summary>
        [CommandOption("--discounts <LIST>")]
        [Description("per-round discount factor per party, e.g. 0.9,0.8 (default none)")]
        public string? Discounts { get; init; }

        /// <summary>The scenario text the mediator starts from.</summary>
        [CommandOption("--framework <TEXT>")]
        [Description("mediated protocol: the scenario text to start from (default: its 'framework' text if any, else the mediator drafts one)")]
        public string? Framework { get; init; }

        /// <summary>text or json.</summary>
        [CommandOption("-f|--format <FORMAT>")]
        [Description("text (default) or json")]
        public string Format { get; init; } = "text";

        /// <summary>Where to write the trace.</summary>
        [CommandOption("--trace <FILE>")]
        [Description("also write the trace to FILE: CSV, or JSON when FILE ends in .json")]
        public string? Trace { get; init; }

        /// <summary>--store TARGET: record the negotiation.</summary>
        [CommandOption("--store <TARGET>")]
        [Description(Commands.Store.StoreOption.Help)]
        public string? Store { get; init; }
    }

    /// <inheritdoc />
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var format = OutputFormats.Parse(settings.Format, OutputFormat.Text, OutputFormat.Json);
        var protocolName = (settings.Protocol ?? "alternating").Trim().ToLowerInvariant();
        if (protocolName == "ultimatum" && settings.Rounds is { } r && r != 1)
        {
            throw new CliException($"--rounds is {r}, but the ultimatum protocol has exactly one round: drop --rounds");
        }
        if (settings.Framework is not null && protocolName != "mediated")
        {
            throw new CliException("--framework applies only to --protocol mediated");
        }
        var rounds = NegotiationArguments.Rounds(settings.Rounds);
        // Check the names before loading (and analysing) the domain.
        NegotiationArguments.Protocol(settings.Protocol, settings.Mediator);
        var loaded = DomainLoader.Load(settings.Files);
        var strategies = NegotiationArguments.Strategies(settings.Strategies, loaded.PartyNames.Length);
        var protocol = NegotiationArguments.Protocol(settings.Protocol, settings.Mediator, Framework(loaded, settings.Framework));
        var domain = NegotiationArguments.Domain(loaded);
        var options = new NegotiationOptions
        {
            Deadline = rounds,
            Seed = settings.Seed,
            Discounts = NegotiationArguments.Discounts(settings.Discounts, domain.PartyCount),
        };

        var result = protocol.Run(domain, strategies, options);

        if (settings.Trace is { } path)
        {
            WriteTrace(path, result);
        }
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            NegotiationJson.WriteResult(writer, result, domain.Space);
        }
        var json = System.Text.Encoding.UTF8.GetString(buffer.ToArray());
        Commands.Store.Recording.RecordResults(settings.Store, "negotiate", settings.Files, [], settings.Seed,
            $"protocol={settings.Protocol} strategies={string.Join(",", strategies.Select(s => s.Name))} mediator={settings.Mediator} rounds={rounds} discounts={settings.Discounts} framework={settings.Framework}",
            [(loaded.Scenario?.HypothesisNames.FirstOrDefault() ?? "", json)]);
        if (format == OutputFormat.Json)
        {
            Console.Out.Write(json + "\n");
        }
        else
        {
            NegotiationText.Write(Terminal.Create(), result, domain, strategies.Select(s => s.Name).ToList());
        }
        return 0;
    }

    private static Outcome? Framework(LoadedDomain loaded, string? name)
    {
        if (loaded.Scenario is not { } scenario)
        {
            if (name is not null)
            {
                throw new CliException("--framework names a scenario text, but GENIUS files have none");
            }
            return null;
        }
        var text = scenario.Texts.FirstOrDefault(t => string.Equals(t.Name, name ?? "framework", StringComparison.Ordinal));
        if (text is null)
        {
            if (name is not null)
            {
                throw new CliException($"the scenario has no text '{name}': use one of {string.Join(", ", scenario.Texts.Select(t => $"'{t.Name}'"))}");
            }
            return null;
        }
        return text.Complete(scenario.Space, scenario.Defaults);
    }

    private static void WriteTrace(string path, NegotiationResult result)
    {
        var trace = result.Trace ?? throw new CliException("the negotiation kept no trace");
        if (path.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            using var file = File.Create(path);
            using var writer = new Utf8JsonWriter(file, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
            NegotiationJson.WriteEvents(writer, trace);
            return;
        }
        using var text = new StreamWriter(path);
        TraceCsv.Write(trace, text);
    }
}
