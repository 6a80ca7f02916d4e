using System.ComponentModel;
using Parley.Application;
using Parley.Cli.Infrastructure;
using Parley.Conflict.Scenarios;
using Parley.Domain.Scenarios;
using Parley.ShippedScenarios;
using Spectre.Console.Cli;

namespace Parley.Cli.Commands.Texts;

/// <summary>The output formats of <c>parley text</c>.</summary>
public enum TextFormat
{
    /// <summary>For a person.</summary>
    Text,

    /// <summary>For programs.</summary>
    Json,

    /// <summary>Markdown.</summary>
    Md,

    /// <summary>A standalone HTML page.</summary>
    Html,

    /// <summary>Scenario YAML (a texts: section the reader loads back).</summary>
    Yaml,
}

/// <summary>Arguments shared by the <c>parley text</c> commands.</summary>
public class TextSettings : CommandSettings
{
    /// <summary>A scenario file, or the id of a shipped scenario.</summary>
    [CommandArgument(0, "<scenario>")]
    [Description("a scenario file, or the id of a shipped scenario (gaza-2025)")]
    public string Scenario { get; init; } = "";

    /// <summary>The text, by name (default: the scenario's first).</summary>
    [CommandOption("--text <NAME>")]
    [Description("the text, by name (default: the scenario's first text)")]
    public string? Text { get; init; }

    /// <summary>The output format.</summary>
    [CommandOption("-f|--format <FORMAT>")]
    [Description("text (default), json, md or html; render also yaml (the text as scenario YAML)")]
    public string? Format { get; init; }

    /// <summary>The format, checked.</summary>
    public TextFormat ParsedFormat(params TextFormat[] allowed)
    {
        var name = (Format ?? "text").Trim().ToLowerInvariant();
        var found = Enum.GetValues<TextFormat>().Where(f => f.ToString().Equals(name, StringComparison.OrdinalIgnoreCase) && allowed.Contains(f)).ToArray();
        return found.Length == 1
            ? found[0]
            : throw new CliException($"unknown --format '{Format}': use {string.Join(", ", allowed.Select(f => f.ToString().ToLowerInvariant()))}");
    }

    /// <summary>The scenario named by the argument: a file when one exists there, else a shipped scenario.</summary>
    public (ScenarioSource Source, Scenario Scenario) Load()
    {
        var source = File.Exists(Scenario) || !ShippedScenario.Contains(Scenario) ? ScenarioSource.File(Scenario) : ScenarioSource.Shipped(Scenario);
        return (source, source.Load());
    }

    /// <summary>The text named <paramref name="name"/>, or the first.</summary>
    public static AgreementText Pick(Scenario scenario, string? name)
    {
        if (name is null)
        {
            return scenario.Texts.IsEmpty ? throw new CliException("the scenario has no texts: add a texts: section") : scenario.Texts[0];
        }
        return scenario.Texts.FirstOrDefault(t => t.Name == name)
            ?? throw new CliException($"the scenario has no text '{name}': use one of {(scenario.Texts.IsEmpty ? "(none defined)" : string.Join(", ", scenario.Texts.Select(t => $"'{t.Name}'")))}");
    }
}
