using System.Text.Json;
using Parley.Domain;
using Parley.Domain.Preferences;
using Parley.Formats.Genius;

namespace Parley.Tests.Formats.Genius;

/// <summary>Locates ../shared/data/genius and this folder's samples, and reads reference.json.</summary>
internal static class GeniusTestData
{
    private static readonly Lazy<string> SharedGenius = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data", "genius");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new DirectoryNotFoundException("no shared/data/genius above " + AppContext.BaseDirectory);
    });

    private static readonly Lazy<JsonDocument> ReferenceDocument = new(() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(SharedGenius.Value, "reference.json"))));

    /// <summary>../shared/data/genius.</summary>
    public static string Root => SharedGenius.Value;

    /// <summary>A file of ../shared/data/genius.</summary>
    public static string Shared(string folder, string file) => Path.Combine(Root, folder, file);

    /// <summary>A sample authored for these tests.</summary>
    public static string Sample(params string[] parts) =>
        Path.Combine([AppContext.BaseDirectory, "Formats", "Genius", "Samples", .. parts]);

    /// <summary>The "domains" object of reference.json.</summary>
    public static JsonElement ReferenceDomains => ReferenceDocument.Value.RootElement.GetProperty("domains");

    /// <summary>Names of the reference domains (xunit member data).</summary>
    public static TheoryData<string> ReferenceNames()
    {
        var data = new TheoryData<string>();
        foreach (var domain in ReferenceDomains.EnumerateObject())
        {
            data.Add(domain.Name);
        }
        return data;
    }

    /// <summary>Loads a reference triple: the domain and its two profiles, in reference order.</summary>
    public static (OutcomeSpace Space, GeniusProfileFile[] Profiles, JsonElement Reference) LoadReference(string name)
    {
        var reference = ReferenceDomains.GetProperty(name);
        var files = reference.GetProperty("files").EnumerateArray().Select(f => f.GetString()!).ToArray();
        var space = GeniusReader.ReadDomain(Shared(name, files[0]));
        var profiles = files.Skip(1).Select(f => GeniusReader.ReadProfile(space, Shared(name, f))).ToArray();
        return (space, profiles, reference);
    }

    /// <summary>The utilities of a reference point's outcome (issue name to value text) under each profile.</summary>
    public static double[] UtilitiesOf(OutcomeSpace space, IReadOnlyList<PreferenceProfile> profiles, JsonElement point)
    {
        var values = point.GetProperty("outcome").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!);
        var outcome = space.Parse(values, "reference point");
        return profiles.Select(p => p.Utility(outcome)).ToArray();
    }

    /// <summary>A JSON array of numbers.</summary>
    public static double[] Numbers(JsonElement array) => array.EnumerateArray().Select(x => x.GetDouble()).ToArray();

    /// <summary>Calls <paramref name="visit"/> with the value indices of every outcome, last issue fastest.</summary>
    public static void ForEachOutcome(OutcomeSpace space, Action<int[]> visit)
    {
        var digits = new int[space.IssueCount];
        while (true)
        {
            visit(digits);
            var i = space.IssueCount - 1;
            while (i >= 0 && ++digits[i] == space.Radices[i])
            {
                digits[i] = 0;
                i--;
            }
            if (i < 0)
            {
                return;
            }
        }
    }
}
