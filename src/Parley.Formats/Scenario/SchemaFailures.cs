using Json.Schema;

namespace Parley.Formats.Scenario;

/// <summary>One schema violation: where in the document, where in the schema, and the failed keywords with the library's messages.</summary>
internal sealed record SchemaFailure(string Pointer, string Schema, IReadOnlyDictionary<string, string> Errors);

/// <summary>
/// The violations that made a document invalid, read from a hierarchical evaluation: the walk enters
/// only failed nodes, never an <c>if</c> (a condition that did not hold is not an error) nor a
/// <c>not</c>, and of a <c>oneOf</c>/<c>anyOf</c> with no matching branch it keeps only the branches for
/// the kind of value given (a branch whose <c>type</c> fails at the value itself is for another kind).
/// </summary>
internal static class SchemaFailures
{
    private static readonly HashSet<string> Structural = new(StringComparer.Ordinal)
    {
        "oneOf", "anyOf", "allOf", "$ref", "properties", "items", "prefixItems", "additionalProperties", "patternProperties",
        "then", "else", "if", "not", "dependentSchemas", "propertyNames", "contains", "unevaluatedProperties", "unevaluatedItems",
    };

    /// <summary>The violations under <paramref name="result"/>, in no particular order.</summary>
    public static List<SchemaFailure> Collect(EvaluationResults result)
    {
        var found = new List<SchemaFailure>();
        Walk(result, found);
        return found;
    }

    private static void Walk(EvaluationResults node, List<SchemaFailure> found)
    {
        if (node.IsValid)
        {
            return;
        }
        var pointer = node.InstanceLocation.ToString();
        var schema = node.SchemaLocation?.Fragment ?? string.Empty;
        var errors = node.Errors ?? new Dictionary<string, string>();
        var own = errors.Where(e => !Structural.Contains(e.Key) || e.Key == "additionalProperties" && errors.Count == 1 && IsFalse(e.Value))
            .ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);
        if (own.Count > 0)
        {
            found.Add(new SchemaFailure(pointer, schema, own));
        }
        var children = (node.Details ?? []).Where(d => !d.IsValid).ToList();
        var combinator = children.Select(d => LastSegments(d).Parent).FirstOrDefault(p => p is "oneOf" or "anyOf");
        var branches = combinator is null ? [] : children.Where(d => LastSegments(d).Parent == combinator).ToList();
        var combinatorError = new Dictionary<string, string>(StringComparer.Ordinal) { [combinator ?? "oneOf"] = "no branch matches" };
        foreach (var child in children.Except(branches))
        {
            if (LastSegments(child).Last is "if" or "not")
            {
                continue;
            }
            Walk(child, found);
        }
        if (combinator is null)
        {
            return;
        }
        var sameKind = branches.Where(b => !FailsTypeAt(b, pointer)).ToList();
        if (sameKind.Count == 0)
        {
            // No branch is for this kind of value: the value itself is of the wrong kind.
            found.Add(new SchemaFailure(pointer, schema, combinatorError));
            return;
        }
        // Of the branches for this kind of value, the one that came closest (fewest violations).
        var closest = sameKind
            .Select(b => { var list = new List<SchemaFailure>(); Walk(b, list); return list; })
            .OrderBy(l => l.Count == 0 ? int.MaxValue : l.Count)
            .First();
        if (closest.Count == 0)
        {
            found.Add(new SchemaFailure(pointer, schema, combinatorError));
        }
        found.AddRange(closest);
    }

    private static bool FailsTypeAt(EvaluationResults branch, string pointer)
    {
        if (branch.IsValid)
        {
            return false;
        }
        if (branch.InstanceLocation.ToString() == pointer && branch.Errors is { } e && (e.ContainsKey("type") || e.ContainsKey("const")))
        {
            return true;
        }
        return (branch.Details ?? []).Any(d => d.InstanceLocation.ToString() == pointer && (LastSegments(d).Last == "$ref" || LastSegments(d).Parent == "allOf") && FailsTypeAt(d, pointer));
    }

    private static bool IsFalse(string message) => message.Contains("false schema", StringComparison.OrdinalIgnoreCase);

    private static (string? Parent, string? Last) LastSegments(EvaluationResults node)
    {
        var path = node.EvaluationPath.ToString().Split('/', StringSplitOptions.RemoveEmptyEntries);
        return path.Length switch
        {
            0 => (null, null),
            1 => (null, path[0]),
            _ => (path[^2], path[^1]),
        };
    }
}
