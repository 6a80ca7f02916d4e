using System.Collections.Immutable;

namespace Parley.Domain.Scenarios;

/// <summary>
/// A named, possibly partial, agreement text (e.g. the mediators' framework): values for some
/// issues; the rest are completed from the issues' stated defaults.
/// </summary>
public sealed record AgreementText(string Name, ImmutableDictionary<int, int> Values, string? Description = null)
{
    /// <summary>The full outcome: this text's values, then each issue's default.</summary>
    public Outcome Complete(OutcomeSpace space, IReadOnlyDictionary<int, int> defaults)
    {
        ArgumentNullException.ThrowIfNull(space);
        ArgumentNullException.ThrowIfNull(defaults);
        var digits = new int[space.IssueCount];
        var missing = new List<string>();
        for (var i = 0; i < digits.Length; i++)
        {
            if (Values.TryGetValue(i, out var v) || defaults.TryGetValue(i, out v))
            {
                digits[i] = v;
            }
            else
            {
                missing.Add($"'{space.Issues[i].Name}'");
            }
        }
        if (missing.Count > 0)
        {
            throw new ModelException($"text '{Name}' gives no value for {string.Join(", ", missing)} and those issues have no default: add values or defaults");
        }
        return new Outcome(digits.ToImmutableArray());
    }
}
