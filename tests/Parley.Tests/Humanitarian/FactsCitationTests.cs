using System.Globalization;
using System.Text.RegularExpressions;
using Parley.Humanitarian;
using Parley.Tests.Geography;
using Parley.Formats.Humanitarian;

namespace Parley.Tests.Humanitarian;

/// <summary>Every number in the Gaza scenario's humanitarian section that cites the facts file equals the figure there.</summary>
public sealed partial class FactsCitationTests
{
    [FactsFileFact]
    public void Every_cited_number_is_quoted_from_the_facts_file_and_equals_a_figure_in_the_quote()
    {
        var facts = Normalise(File.ReadAllText(GeoTestData.FactsFile!));
        var cited = HumanitarianYaml.Parse(ShippedScenarios.ShippedScenario.ReadText("gaza-2025"), ShippedScenarios.ShippedScenario.DisplayName("gaza-2025")).Numbers().Where(n => n.Number.IsCited).ToList();
        Assert.NotEmpty(cited);
        foreach (var (path, number) in cited)
        {
            var quote = Normalise(number.Quote!);
            Assert.True(facts.Contains(quote, StringComparison.Ordinal), $"{path}: \"{quote}\" is not in gaza-2025-facts.md");
            var figures = Figures(quote);
            Assert.True(figures.Any(f => Math.Abs(f - number.Value) <= 1e-9 * Math.Max(1, Math.Abs(f))), $"{path}: {number.Value} is not a figure of \"{quote}\" ({string.Join(", ", figures)})");
        }
    }

    [Fact]
    public void Figures_are_read_with_thousands_separators_and_M_or_k_suffixes()
    {
        Assert.Equal([2_100_000], Figures("Population ~2.1 M"));
        Assert.Equal([471_000], Figures("~471k meals on one day"));
        Assert.Equal([12_000, 14_000], Figures("12,000–14,000 patients"));
        Assert.Equal([30_000, 3.2], Figures("one Jordan→Gaza sortie cost ~$30,000 and carried 3.2 t"));
        Assert.Equal([0.5, 1_250], Figures("An MRE is ~0.5 lb and 1,250 kcal"));
    }

    /// <summary>Markdown bold removed, whitespace (including line breaks) collapsed.</summary>
    private static string Normalise(string text) => Spaces().Replace(text.Replace("**", "", StringComparison.Ordinal), " ").Trim();

    private static List<double> Figures(string text)
    {
        var list = new List<double>();
        foreach (Match m in Number().Matches(text))
        {
            var v = double.Parse(m.Groups[1].Value.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);
            v *= m.Groups[2].Value switch { "M" => 1e6, "k" => 1e3, _ => 1 };
            list.Add(v);
        }
        return list;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s?(M|k)\b)?")]
    private static partial Regex Number();
}
