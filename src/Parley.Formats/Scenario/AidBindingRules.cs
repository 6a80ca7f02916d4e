using System.Collections.Immutable;
using Parley.Conflict.Scenarios;
using Parley.Domain;
using Parley.Humanitarian;

namespace Parley.Formats.Scenario;

/// <summary>
/// The version-1 rule that binds aid terms to a scenario's issues by their names, kept so that
/// version-1 files mean what they meant: a numeric issue whose name contains "truck" is trucks per
/// day; an issue whose name contains "administ" says who administers aid (an option named
/// <c>un</c>/<c>alternative</c>/<c>mixed</c>, else one whose label contains "mixed", "un",
/// "altern" or "ghf"); an issue whose name contains "rafah" says whether Rafah is open (an option
/// is "closed" when its label contains "closed" or is "false" or "no"). When several issues match,
/// the last one counts. Applied once, here, in the format reader.
/// </summary>
internal static class AidBindingRules
{
    /// <summary>The binding the version-1 naming rule gives for <paramref name="space"/>.</summary>
    public static AidBinding FromIssueNames(OutcomeSpace space)
    {
        var binding = AidBinding.None;
        for (var i = 0; i < space.IssueCount; i++)
        {
            var issue = space.Issues[i];
            var name = issue.Name.ToLowerInvariant();
            if (name.Contains("truck", StringComparison.Ordinal) && issue.IsNumeric)
            {
                binding = binding with { TrucksIssue = i };
            }
            else if (name.Contains("administ", StringComparison.Ordinal))
            {
                var options = Enumerable.Range(0, issue.ValueCount).Select(v => issue.FormatValue(v)).Select(l => AidAdministrationNames.Parse(l) ?? ByLabel(l));
                binding = binding with { AdministrationIssue = i, AdministrationByOption = [.. options] };
            }
            else if (name.Contains("rafah", StringComparison.Ordinal))
            {
                var open = Enumerable.Range(0, issue.ValueCount).Select(v => issue.FormatValue(v).ToLowerInvariant())
                    .Select(v => !(v.Contains("closed", StringComparison.Ordinal) || v == "false" || v == "no"));
                binding = binding with { RafahIssue = i, RafahOpenByOption = [.. open] };
            }
        }
        return binding;
    }

    private static AidAdministration? ByLabel(string label)
    {
        var v = label.ToLowerInvariant();
        if (v.Contains("mixed", StringComparison.Ordinal))
        {
            return AidAdministration.Mixed;
        }
        if (v.Contains("un", StringComparison.Ordinal))
        {
            return AidAdministration.Un;
        }
        return v.Contains("altern", StringComparison.Ordinal) || v.Contains("ghf", StringComparison.Ordinal) ? AidAdministration.AlternativeScheme : null;
    }
}
