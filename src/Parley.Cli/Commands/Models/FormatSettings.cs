using System.ComponentModel;
using Spectre.Console.Cli;

namespace Parley.Cli.Commands.Models;

/// <summary>Settings shared by every model command: the output format.</summary>
public class FormatSettings : CommandSettings
{
    /// <summary>text (default) or json.</summary>
    [CommandOption("--format <FORMAT>")]
    [Description("Output format: text (default) or json.")]
    public string? Format { get; init; }
}
