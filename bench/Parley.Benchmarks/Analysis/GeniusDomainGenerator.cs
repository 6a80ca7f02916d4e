using System.Globalization;
using System.Text;
using Parley.Randomness;

namespace Parley.Benchmarks.Analysis;

/// <summary>
/// Writes a random two-party GENIUS domain (domain.xml, a.xml, b.xml) of a given shape, to time
/// `parley analyze` end to end on spaces such as 10^6 and 10^10 outcomes.
/// Usage: dotnet run -c Release --project bench/Parley.Benchmarks -- generate-genius DIR ISSUES VALUES [SEED]
/// </summary>
public static class GeniusDomainGenerator
{
    public static void Write(string directory, int issues, int values, ulong seed)
    {
        Directory.CreateDirectory(directory);
        var domain = new StringBuilder("<negotiation_template>\n<utility_space number_of_issues=\"" + issues + "\">\n<objective index=\"0\" name=\"Generated\" type=\"objective\" etype=\"objective\">\n");
        for (var i = 1; i <= issues; i++)
        {
            domain.Append(CultureInfo.InvariantCulture, $"<issue index=\"{i}\" name=\"issue{i}\" type=\"discrete\" etype=\"discrete\" vtype=\"discrete\">\n");
            for (var v = 1; v <= values; v++)
            {
                domain.Append(CultureInfo.InvariantCulture, $"<item index=\"{v}\" value=\"v{v}\"/>\n");
            }
            domain.Append("</issue>\n");
        }
        domain.Append("</objective>\n</utility_space>\n</negotiation_template>\n");
        File.WriteAllText(Path.Combine(directory, "domain.xml"), domain.ToString());
        for (var p = 0; p < 2; p++)
        {
            var rng = new CounterRandom(seed, (ulong)p);
            var profile = new StringBuilder("<utility_space>\n<objective index=\"0\" name=\"Generated\" type=\"objective\" etype=\"objective\">\n");
            for (var i = 1; i <= issues; i++)
            {
                profile.Append(CultureInfo.InvariantCulture, $"<issue index=\"{i}\" name=\"issue{i}\" type=\"discrete\" etype=\"discrete\" vtype=\"discrete\">\n");
                for (var v = 1; v <= values; v++)
                {
                    profile.Append(CultureInfo.InvariantCulture, $"<item index=\"{v}\" value=\"v{v}\" evaluation=\"{1 + rng.NextInt(100)}\"/>\n");
                }
                profile.Append("</issue>\n");
            }
            for (var i = 1; i <= issues; i++)
            {
                profile.Append(CultureInfo.InvariantCulture, $"<weight index=\"{i}\" value=\"{rng.NextDouble():R}\"/>\n");
            }
            profile.Append("</objective>\n<reservation value=\"0.3\"/>\n</utility_space>\n");
            File.WriteAllText(Path.Combine(directory, p == 0 ? "a.xml" : "b.xml"), profile.ToString());
        }
    }
}
