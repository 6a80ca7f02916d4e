using System.Globalization;
using System.Text.RegularExpressions;

namespace Parley.Tests.Scenarios;

/// <summary>
/// Reading the facts file: its text with markdown bold removed and whitespace collapsed (so a quote
/// may span its line breaks), and the figures a quoted phrase states.
/// </summary>
internal static partial class FactsText
{
    /// <summary>The separator of fragments quoted from different places of the facts file.</summary>
    public const string Ellipsis = " … ";

    /// <summary>Markdown bold removed, runs of whitespace (line breaks included) made one space.</summary>
    public static string Normalise(string text) => Spaces().Replace(text.Replace("**", "", StringComparison.Ordinal), " ").Trim();

    /// <summary>The fragments of a quote that joins several passages with " … ".</summary>
    public static IEnumerable<string> Fragments(string quote) =>
        quote.Split(Ellipsis, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Normalise);

    /// <summary>
    /// The figures stated in <paramref name="text"/>, each as written and, where a unit follows, in
    /// the unit the scenario uses: "2.1 M" is 2,100,000; "471k" is 471,000; "1.2 km" is 1.2 and 1,200 (m);
    /// "~53%" is 53 and 0.53.
    /// </summary>
    public static List<double> Figures(string text)
    {
        var list = new List<double>();
        foreach (Match m in Number().Matches(text))
        {
            var v = double.Parse(m.Groups[1].Value.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);
            switch (m.Groups[2].Value)
            {
                case "M":
                    list.Add(v * 1e6);
                    break;
                case "k":
                    list.Add(v * 1e3);
                    break;
                case "km":
                    list.Add(v);
                    list.Add(v * 1000);
                    break;
                case "%":
                    list.Add(v);
                    list.Add(v / 100);
                    break;
                default:
                    list.Add(v);
                    break;
            }
        }
        return list;
    }

    /// <summary>True when <paramref name="value"/> equals one of the figures of <paramref name="text"/>.</summary>
    public static bool States(string text, double value) =>
        Figures(text).Any(f => Math.Abs(f - value) <= 1e-9 * Math.Max(1, Math.Abs(f)));

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s?(km\b|M\b|k\b|%))?")]
    private static partial Regex Number();
}
