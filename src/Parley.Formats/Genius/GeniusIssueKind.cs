using System.Xml.Linq;

namespace Parley.Formats.Genius;

/// <summary>The value types a GENIUS <c>&lt;issue&gt;</c> can declare.</summary>
internal enum GeniusIssueKind
{
    /// <summary>Named options listed as <c>&lt;item value=".."&gt;</c>.</summary>
    Discrete,

    /// <summary>Every integer from <c>lowerbound</c> to <c>upperbound</c>.</summary>
    Integer,

    /// <summary>A real range <c>&lt;range lowerbound=".." upperbound=".."&gt;</c>, discretised for enumeration.</summary>
    Real,
}

/// <summary>How GENIUS decides an issue's type.</summary>
internal static class GeniusIssueKinds
{
    /// <summary>
    /// The <c>type</c> attribute decides; when it is absent the issue is discrete. GENIUS
    /// (genius.core.DomainImpl.buildTreeRecursive) does the same and only prints a notice when
    /// <c>vtype</c> disagrees. Unknown types are rejected.
    /// </summary>
    public static GeniusIssueKind Of(GeniusXml xml, XElement issue, string issueName)
    {
        var type = issue.Attribute("type");
        if (type is null)
        {
            return GeniusIssueKind.Discrete;
        }
        return type.Value.Trim().ToLowerInvariant() switch
        {
            "discrete" => GeniusIssueKind.Discrete,
            "integer" => GeniusIssueKind.Integer,
            "real" => GeniusIssueKind.Real,
            _ => throw xml.Error(type, $"issue '{issueName}' has type=\"{type.Value}\", which GENIUS does not know: use type=\"discrete\", \"integer\" or \"real\""),
        };
    }

    /// <summary>The lower-case GENIUS name of a kind, for messages.</summary>
    public static string Name(this GeniusIssueKind kind) => kind switch
    {
        GeniusIssueKind.Integer => "integer",
        GeniusIssueKind.Real => "real",
        _ => "discrete",
    };
}
