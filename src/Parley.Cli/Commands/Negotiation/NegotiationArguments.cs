using System.Collections.Immutable;
using System.Globalization;
using Parley.Cli.Infrastructure;
using Parley.Domain;
using Parley.Negotiation;
using Parley.Negotiation.Mediation;
using Parley.Negotiation.Protocols;
using Parley.Negotiation.Strategies;

namespace Parley.Cli.Commands.Negotiation;

/// <summary>Turns the negotiation commands' options into library objects, with one-line errors for bad input.</summary>
public static class NegotiationArguments
{
    /// <summary>The protocol names.</summary>
    public static readonly ImmutableArray<string> ProtocolNames = ["alternating", "mediated", "ultimatum"];

    /// <summary>The protocol called <paramref name="name"/>; a mediator may be named only for the mediated protocol.</summary>
    public static IProtocol Protocol(string? name, string? mediator, Outcome? framework = null)
    {
        var key = (name ?? "alternating").Trim().ToLowerInvariant();
        if (!ProtocolNames.Contains(key))
        {
            throw new CliException($"unknown protocol '{name}': use {string.Join(", ", ProtocolNames)}");
        }
        if (mediator is not null && key != "mediated")
        {
            throw new CliException($"--mediator applies only to --protocol mediated; the {key} protocol has no mediator");
        }
        return key switch
        {
            "mediated" => new MediatedTextProtocol(mediator is null ? MediatorCatalog.Default : Mediator(mediator), framework),
            "ultimatum" => new UltimatumProtocol(),
            _ => new AlternatingOffersProtocol(),
        };
    }

    /// <summary>The strategies of a comma-separated list: one per party, or one for every party.</summary>
    public static ImmutableArray<StrategySpec> Strategies(string? list, int parties)
    {
        if (string.IsNullOrWhiteSpace(list))
        {
            throw new CliException($"give --strategies with one of {string.Join(", ", StrategyCatalog.Names)} per party, e.g. --strategies boulware,conceder");
        }
        var specs = StrategyCatalog.ParseList(list);
        if (specs.Length == 1)
        {
            return Enumerable.Repeat(specs[0], parties).ToImmutableArray();
        }
        if (specs.Length != parties)
        {
            throw new CliException($"--strategies names {specs.Length} strategies for {parties} parties: give one per party, in party order, or one for all");
        }
        return specs;
    }

    /// <summary>The tournament's strategies (any number, each once).</summary>
    public static ImmutableArray<StrategySpec> StrategyList(string? list)
    {
        if (string.IsNullOrWhiteSpace(list))
        {
            throw new CliException($"give --strategies, e.g. --strategies boulware,conceder,linear,tit-for-tat (known: {string.Join(", ", StrategyCatalog.Names)})");
        }
        var specs = StrategyCatalog.ParseList(list);
        var duplicate = specs.GroupBy(s => s.Name).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new CliException($"--strategies lists '{duplicate.Key}' twice: name each strategy once");
        }
        return specs;
    }

    /// <summary>Checks a deadline option.</summary>
    public static int Rounds(int? rounds, int fallback = 100)
    {
        var value = rounds ?? fallback;
        if (value < 1)
        {
            throw new CliException($"--rounds is {value}: the deadline must be at least 1 round");
        }
        return value;
    }

    /// <summary>Parses per-party discount factors such as "0.9,0.8".</summary>
    public static ImmutableArray<double>? Discounts(string? list, int parties)
    {
        if (list is null)
        {
            return null;
        }
        var values = new List<double>();
        foreach (var part in list.Split(',', StringSplitOptions.TrimEntries))
        {
            if (!double.TryParse(part, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) || !(d > 0 && d <= 1))
            {
                throw new CliException($"--discounts has '{part}': give one factor in (0, 1] per party, e.g. 0.9,0.8");
            }
            values.Add(d);
        }
        if (values.Count == 1)
        {
            return Enumerable.Repeat(values[0], parties).ToImmutableArray();
        }
        if (values.Count != parties)
        {
            throw new CliException($"--discounts gives {values.Count} factors for {parties} parties: give one per party or one for all");
        }
        return values.ToImmutableArray();
    }

    /// <summary>The negotiation domain of loaded files, with its Pareto frontier and Nash point for measuring agreements.</summary>
    public static NegotiationDomain Domain(LoadedDomain loaded)
    {
        ArgumentNullException.ThrowIfNull(loaded);
        return new NegotiationDomain(loaded.Space, loaded.PartyNames, loaded.Profiles, name: loaded.Name).WithAnalysis();
    }

    private static Mediator Mediator(string name)
    {
        try
        {
            return MediatorCatalog.Get(name);
        }
        catch (ModelException ex)
        {
            throw new CliException(ex.Message);
        }
    }
}
