using System.Xml.Linq;

namespace Parley.Formats.Genius;

/// <summary>Walks the GENIUS objective tree (<c>objective</c> elements nest; issues and weights hang off them).</summary>
internal static class GeniusTree
{
    /// <summary>
    /// The <c>&lt;issue&gt;</c> elements under <paramref name="level"/> in GENIUS order: GENIUS
    /// (genius.core.DomainImpl.buildTreeRecursive) attaches a level's sub-objectives before its
    /// issues and lists issues by a pre-order walk, so sub-objectives' issues come first. With the
    /// usual single root objective this is document order. Only direct children count, so the
    /// <c>&lt;item&gt;</c>s inside <c>similarity_function</c>/<c>criteria_function</c> are not issues' options.
    /// </summary>
    public static List<XElement> Issues(XElement level)
    {
        var issues = new List<XElement>();
        Collect(level, issues);
        return issues;
    }

    /// <summary>Every <c>&lt;weight&gt;</c> that is a child of <paramref name="level"/> or of an objective under it.</summary>
    public static List<XElement> Weights(XElement level)
    {
        var weights = new List<XElement>(level.Elements("weight"));
        foreach (var objective in level.Elements("objective"))
        {
            weights.AddRange(Weights(objective));
        }
        return weights;
    }

    private static void Collect(XElement level, List<XElement> issues)
    {
        foreach (var objective in level.Elements("objective"))
        {
            Collect(objective, issues);
        }
        issues.AddRange(level.Elements("issue"));
    }
}
