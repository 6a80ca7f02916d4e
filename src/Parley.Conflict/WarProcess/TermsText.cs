using System.Globalization;
using Parley.Domain;

namespace Parley.Conflict.WarProcess;

/// <summary>A text's terms in words: <c>issue = value</c> for each issue, in the order of the outcome space.</summary>
public static class TermsText
{
    /// <summary>Describes <paramref name="terms"/> (each issue's numeric value, as the war model holds them).</summary>
    public static string Describe(OutcomeSpace space, ReadOnlySpan<double> terms)
    {
        ArgumentNullException.ThrowIfNull(space);
        var parts = new string[terms.Length];
        for (var i = 0; i < terms.Length; i++)
        {
            var issue = space.Issues[i];
            parts[i] = $"{issue.Name} = {Value(issue, terms[i])}";
        }
        return string.Join(", ", parts);
    }

    private static string Value(Issue issue, double value)
    {
        if (!issue.IsNumeric)
        {
            for (var j = 0; j < issue.ValueCount; j++)
            {
                if (issue.NumericValue(j) == value)
                {
                    return issue.FormatValue(j);
                }
            }
        }
        return value.ToString("0.###", CultureInfo.InvariantCulture);
    }
}
