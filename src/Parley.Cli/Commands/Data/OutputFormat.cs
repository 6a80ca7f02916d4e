namespace Parley.Cli.Commands.Data;

/// <summary>How a data command writes its result.</summary>
public enum OutputFormat
{
    /// <summary>Tables for people.</summary>
    Text,

    /// <summary>One JSON document (camelCase).</summary>
    Json,

    /// <summary>One CSV table with a header row.</summary>
    Csv,
}
