using System.Globalization;
using System.Text.Json;
using Parley.Domain;
using Parley.Formats.Overrides;

namespace Parley.Store.Sweeps;

/// <summary>
/// One varied scenario value: its path and either a list of values (<c>KEY=V1,V2,...</c> or a JSON list
/// <c>KEY=["label, with comma", "other"]</c>) or a numeric range (<c>KEY=LO..HI:N</c>, N evenly spaced values
/// from LO to HI; a Latin hypercube or Sobol design draws from the whole interval).
/// </summary>
public sealed record SweepParameter
{
    /// <summary>The path as written (quoted segments kept).</summary>
    public required string Path { get; init; }

    /// <summary>The values of a grid, as override text.</summary>
    public required IReadOnlyList<string> Values { get; init; }

    /// <summary>The interval of a numeric range (null for a list).</summary>
    public (double Low, double High)? Range { get; init; }

    /// <summary>Parses one <c>KEY=...</c> specification.</summary>
    public static SweepParameter Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var split = OverridePath.SplitAssignment(text)
            ?? throw new InputException("vary", null, null, $"'{text}': write KEY=V1,V2,... or KEY=LO..HI:N or KEY=[\"a\", \"b\"]");
        var path = OverridePath.Format(OverridePath.Parse(split.Key));
        var spec = split.Value;
        if (spec.StartsWith('['))
        {
            try
            {
                using var doc = JsonDocument.Parse(spec);
                var values = doc.RootElement.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String ? e.GetString()! : e.GetRawText()).ToList();
                return Checked(path, values, null);
            }
            catch (JsonException ex)
            {
                throw new InputException("vary", null, null, $"'{text}': the list is not valid JSON: {ex.Message}", ex);
            }
        }
        var dots = spec.IndexOf("..", StringComparison.Ordinal);
        if (dots > 0)
        {
            var colon = spec.LastIndexOf(':');
            if (colon > dots
                && double.TryParse(spec[..dots], NumberStyles.Float, CultureInfo.InvariantCulture, out var low)
                && double.TryParse(spec[(dots + 2)..colon], NumberStyles.Float, CultureInfo.InvariantCulture, out var high)
                && int.TryParse(spec[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var n)
                && n >= 2 && double.IsFinite(low) && double.IsFinite(high) && high > low)
            {
                var values = Enumerable.Range(0, n).Select(i => Number(i == n - 1 ? high : Tidy(low + ((high - low) * i / (n - 1))))).ToList();
                return Checked(path, values, (low, high));
            }
            throw new InputException("vary", null, null, $"'{text}': a range is LO..HI:N with LO < HI and N >= 2 values, e.g. 0.1..0.5:5");
        }
        return Checked(path, [.. spec.Split(',').Select(v => v.Trim())], null);
    }

    /// <summary>A number as override text (shortest round-trip form).</summary>
    public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>A grid value without the last-digit noise of floating point (0.6, not 0.6000000000000001).</summary>
    private static double Tidy(double value) => double.Parse(value.ToString("G15", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    private static SweepParameter Checked(string path, List<string> values, (double, double)? range)
    {
        if (values.Count == 0 || values.Any(v => v.Length == 0))
        {
            throw new InputException("vary", null, null, $"'{path}': give at least one value and no empty ones");
        }
        return new SweepParameter { Path = path, Values = values, Range = range };
    }
}
