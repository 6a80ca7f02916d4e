using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Parley.Formats.Csv;
using Spectre.Console;

namespace Parley.Cli.Commands.Data;

/// <summary>Writes data-command results as JSON, CSV or Spectre tables.</summary>
internal static class DataOutput
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DictionaryKeyPolicy = null,
        WriteIndented = true,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    /// <summary>The note printed under tables that contain unverified labels.</summary>
    public const string UnverifiedNote = "(unverified) = Parley's reading of a code, not checked against the codebook; see docs/data/codes.md";

    /// <summary>Writes <paramref name="value"/> as one indented camelCase JSON document.</summary>
    public static void Json(object value)
    {
        Console.Out.WriteLine(JsonSerializer.Serialize(value, JsonOptions));
    }

    /// <summary>Writes one CSV table (RFC 4180 quoting, invariant numbers).</summary>
    public static void Csv(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object?>> rows)
    {
        Console.Out.Write(CsvWriter.ToText([header, .. rows.Select(row => row.Select(Format).ToArray())]));
    }

    /// <summary>A console for tables: plain text when output is redirected, wide enough not to wrap.</summary>
    public static IAnsiConsole TableConsole()
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(Console.Out),
            Ansi = Console.IsOutputRedirected ? AnsiSupport.No : AnsiSupport.Detect,
            ColorSystem = Console.IsOutputRedirected ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
        });
        if (Console.IsOutputRedirected)
        {
            console.Profile.Width = 200;
        }
        return console;
    }

    /// <summary>A number for tables and CSV: integers as they are, others to 4 significant decimals.</summary>
    public static string Format(object? value) => value switch
    {
        null => "",
        double d when double.IsNaN(d) => "",
        double d => d.ToString(Math.Abs(d) >= 100 ? "0.#" : "0.######", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    /// <summary>A share as a percentage for tables.</summary>
    public static string Percent(double share) => double.IsNaN(share) ? "" : share.ToString("0.0%", CultureInfo.InvariantCulture);

    /// <summary>An interval as "lo-hi" percentages for tables.</summary>
    public static string PercentRange(double lower, double upper) =>
        double.IsNaN(lower) ? "" : $"{Percent(lower)}-{Percent(upper)}";

    /// <summary>A label with the unverified marker when needed.</summary>
    public static string Label(string label, bool verified) => verified ? label : label + " (unverified)";
}
