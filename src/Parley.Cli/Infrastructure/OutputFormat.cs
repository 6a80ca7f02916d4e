namespace Parley.Cli.Infrastructure;

/// <summary>How a command prints its result.</summary>
public enum OutputFormat
{
    /// <summary>Readable tables for a person.</summary>
    Text,

    /// <summary>JSON for other programs.</summary>
    Json,

    /// <summary>CSV for spreadsheets, R and pandas.</summary>
    Csv,
}

/// <summary>Parses <c>--format</c>.</summary>
public static class OutputFormats
{
    /// <summary>Parses a format name, allowing only <paramref name="allowed"/>.</summary>
    public static OutputFormat Parse(string? value, params OutputFormat[] allowed)
    {
        var text = (value ?? "text").Trim().ToLowerInvariant();
        OutputFormat? format = text switch
        {
            "text" => OutputFormat.Text,
            "json" => OutputFormat.Json,
            "csv" => OutputFormat.Csv,
            _ => null,
        };
        if (format is null || (allowed.Length > 0 && !allowed.Contains(format.Value)))
        {
            var names = (allowed.Length > 0 ? allowed : Enum.GetValues<OutputFormat>()).Select(f => f.ToString().ToLowerInvariant()).ToList();
            var list = names.Count == 1 ? names[0] : $"{string.Join(", ", names.Take(names.Count - 1))} or {names[^1]}";
            throw new CliException($"unknown --format '{value}': use {list}");
        }
        return format.Value;
    }
}
