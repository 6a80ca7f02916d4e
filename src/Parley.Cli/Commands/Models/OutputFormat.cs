using Parley.Cli.Infrastructure;

namespace Parley.Cli.Commands.Models;

/// <summary>How a model command prints its result.</summary>
public enum OutputFormat
{
    /// <summary>Readable tables (Spectre).</summary>
    Text,

    /// <summary>Indented JSON, camelCase keys.</summary>
    Json,
}

/// <summary>Parses <c>--format</c>.</summary>
public static class OutputFormats
{
    /// <summary>Parses text or json (case-insensitive); anything else is a usage error.</summary>
    public static OutputFormat Parse(string? value) => value?.Trim().ToUpperInvariant() switch
    {
        null or "" or "TEXT" => OutputFormat.Text,
        "JSON" => OutputFormat.Json,
        _ => throw new CliException($"--format {value} is not a format: use text or json"),
    };
}
