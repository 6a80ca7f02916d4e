using System.Text.Json.Nodes;

namespace Parley.Formats.Overrides;

/// <summary>The paths a scenario document offers to overrides, and the nearest ones to a misspelt path.</summary>
internal static class OverridePaths
{
    /// <summary>Every overridable path of <paramref name="root"/>: its scalar values and its cited numbers, in document order.</summary>
    public static IReadOnlyList<string> All(JsonNode root)
    {
        ArgumentNullException.ThrowIfNull(root);
        var result = new List<string>();
        Walk(root, [], result);
        return result;
    }

    /// <summary>The <paramref name="count"/> paths of <paramref name="root"/> nearest to <paramref name="path"/> (edit distance, then order).</summary>
    public static IReadOnlyList<string> Nearest(JsonNode root, IReadOnlyList<string> path, int count)
    {
        var wanted = OverridePath.Format(path);
        return [.. All(root)
            .Select((p, i) => (Path: p, Index: i, Distance: Distance(p, wanted)))
            .OrderBy(x => x.Distance).ThenBy(x => x.Index)
            .Take(count)
            .Select(x => x.Path)];
    }

    private static void Walk(JsonNode? node, List<string> path, List<string> result)
    {
        switch (node)
        {
            case JsonObject obj when ScenarioOverrides.IsCited(obj):
                result.Add(OverridePath.Format(path));
                break;
            case JsonObject obj:
                foreach (var (key, value) in obj)
                {
                    path.Add(key);
                    Walk(value, path, result);
                    path.RemoveAt(path.Count - 1);
                }
                break;
            case JsonArray list:
                for (var i = 0; i < list.Count; i++)
                {
                    path.Add(ScenarioOverrides.ItemName(list[i], i));
                    Walk(list[i], path, result);
                    path.RemoveAt(path.Count - 1);
                }
                break;
            default:
                if (path.Count > 0)
                {
                    result.Add(OverridePath.Format(path));
                }
                break;
        }
    }

    /// <summary>Levenshtein distance, case-insensitive.</summary>
    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = char.ToUpperInvariant(a[i - 1]) == char.ToUpperInvariant(b[j - 1]) ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
