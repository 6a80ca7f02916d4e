using Parley.Conflict.Scenarios;
using Parley.Domain;
using Parley.Domain.Scenarios;
using Parley.Domain.Texts;

namespace Parley.Conflict.Texts;

/// <summary>How one issue reads in two texts.</summary>
/// <param name="Issue">The issue.</param>
/// <param name="Text">Its reading in the text (values with weights when open; "(default)" marks an issue the text leaves to its default).</param>
/// <param name="Against">Its reading in the text compared against.</param>
/// <param name="Changed">Whether they differ.</param>
public sealed record IssueDiff(string Issue, string Text, string Against, bool Changed);

/// <summary>What each side makes of two texts.</summary>
/// <param name="Party">The party.</param>
/// <param name="Text">Its expected utility of the text.</param>
/// <param name="Against">Its expected utility of the other text.</param>
/// <param name="Change">Text minus against.</param>
/// <param name="AcceptsText">Whether it accepts the text.</param>
/// <param name="AcceptsAgainst">Whether it accepts the other.</param>
public sealed record PartyDiff(string Party, double Text, double Against, double Change, bool AcceptsText, bool AcceptsAgainst);

/// <summary>Two texts compared.</summary>
/// <param name="Text">The text's name.</param>
/// <param name="Against">The other text's name.</param>
/// <param name="Issues">Issue by issue.</param>
/// <param name="Parties">Side by side.</param>
/// <param name="Phases">Phase by phase, as "name: days" in each text.</param>
/// <param name="Exchanges">The exchange steps in each text, as "phase: who releases how many whom".</param>
/// <param name="Features">The hazard features of each text.</param>
/// <param name="MissingElements">The DPPA elements each text leaves out.</param>
public sealed record TextDiffResult(
    string Text,
    string Against,
    IReadOnlyList<IssueDiff> Issues,
    IReadOnlyList<PartyDiff> Parties,
    IReadOnlyList<string>[] Phases,
    IReadOnlyList<string>[] Exchanges,
    IReadOnlyList<string>[] Features,
    IReadOnlyList<string>[] MissingElements);

/// <summary>Compares two agreement texts of a scenario.</summary>
public static class TextDiff
{
    /// <summary>Compares <paramref name="text"/> with <paramref name="against"/>.</summary>
    public static TextDiffResult Run(Scenario scenario, AgreementText text, AgreementText against)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(against);
        var space = scenario.Space;
        var issues = Enumerable.Range(0, space.IssueCount)
            .Select(i => (Issue: space.Issues[i].Name, A: Reads(scenario, text, i), B: Reads(scenario, against, i)))
            .Select(x => new IssueDiff(x.Issue, x.A, x.B, x.A != x.B))
            .ToArray();
        var parties = scenario.Signatories.Where(p => p.Profile is not null).Select(p =>
        {
            var a = TextReadings.ExpectedUtility(text, p.Profile!, scenario.Defaults, p.Name);
            var b = TextReadings.ExpectedUtility(against, p.Profile!, scenario.Defaults, p.Name);
            return new PartyDiff(p.Name, a, b, a - b, TextReadings.Accepts(text, p.Profile!, scenario.Defaults, p.Name), TextReadings.Accepts(against, p.Profile!, scenario.Defaults, p.Name));
        }).ToArray();
        return new TextDiffResult(text.Name, against.Name, issues, parties,
            [Phases(text), Phases(against)],
            [Exchanges(text), Exchanges(against)],
            [TextFeatures.Keys(text.HazardFeatures), TextFeatures.Keys(against.HazardFeatures)],
            [[.. TextAudit.MissingElements(scenario, text).Select(CeasefireElements.Key)], [.. TextAudit.MissingElements(scenario, against).Select(CeasefireElements.Key)]]);
    }

    private static string Reads(Scenario scenario, AgreementText text, int issue)
    {
        var space = scenario.Space;
        if (text.ClauseOn(issue) is not { } clause)
        {
            return scenario.Defaults.TryGetValue(issue, out var d) ? $"{space.Issues[issue].FormatValue(d)} (default)" : "(none)";
        }
        return clause.IsOpen
            ? string.Join(" | ", clause.Distribution().Select(r => $"{space.Issues[issue].FormatValue(r.Value)} ({r.Probability:0.##})"))
            : space.Issues[issue].FormatValue(clause.Readings[0].Value);
    }

    private static IReadOnlyList<string> Phases(AgreementText t) =>
        [.. t.Phases.Select(p => p.DurationDays is { } d ? $"{p.Name}: {d} days" : p.Name)];

    private static IReadOnlyList<string> Exchanges(AgreementText t) =>
        [.. t.Exchanges.Select(x => $"{x.Phase}: {x.Releases} releases {(x.Count is { } n ? n + " " : "")}{x.Released}")];
}
