using System.Globalization;
using Parley.Domain.Scenarios;
using Parley.Domain.Texts;

namespace Parley.Formats.Texts;

/// <summary>One section of a rendered text: a heading and a table (header and rows of cells).</summary>
/// <param name="Heading">The section heading.</param>
/// <param name="Header">The column names.</param>
/// <param name="Rows">The rows.</param>
public sealed record TextSection(string Heading, IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows);

/// <summary>
/// An agreement text laid out for reading, once for every output format: its numbered clauses, phases,
/// exchange schedule, obligations, provisions, guarantors and features (<see cref="TextMarkdown"/> and
/// <see cref="TextHtml"/> only typeset these).
/// </summary>
public static class TextSections
{
    /// <summary>The sections of <paramref name="text"/> in <paramref name="scenario"/> (empty sections left out).</summary>
    public static IReadOnlyList<TextSection> Of(Conflict.Scenarios.Scenario scenario, AgreementText text)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(text);
        var space = scenario.Space;
        var sections = new List<TextSection>
        {
            new("Clauses", ["No.", "Issue", "Precision", "Reads", "Wording"],
                [.. text.Clauses.Select(c => (IReadOnlyList<string>)
                [
                    c.Id,
                    c.Issue is { } i ? space.Issues[i].Name : "",
                    c.Issue is null ? "" : c.Precision.ToString().ToLowerInvariant(),
                    c.Issue is { } j ? string.Join("; ", c.Distribution().Select(r => c.IsOpen ? $"{space.Issues[j].FormatValue(r.Value)} ({F(r.Probability)})" : space.Issues[j].FormatValue(r.Value))) : "",
                    c.Wording ?? "",
                ])]),
            new("Phases", ["Phase", "Days", "Talks on the next from day", "Starts when", "What happens"],
                [.. text.Phases.Select(p => (IReadOnlyList<string>)[p.Name, N(p.DurationDays), N(p.TalksFromDay), p.Trigger ?? "", p.Description ?? ""])]),
            new("Exchanges", ["Phase", "Releases", "Who", "How many", "By day"],
                [.. text.Exchanges.Select(x => (IReadOnlyList<string>)[x.Phase, x.Releases, x.Released, N(x.Count), N(x.Day)])]),
            new("Obligations", ["Party", "Obligation", "Phase"],
                [.. text.Obligations.Select(o => (IReadOnlyList<string>)[o.Party, o.Obligation, o.Phase ?? ""])]),
            new("Provisions", ["Element", "The text provides"],
                [.. CeasefireElements.All.Where(text.Provisions.ContainsKey).Select(e => (IReadOnlyList<string>)[CeasefireElements.Describe(e), text.Provisions[e]])]),
            new("Guarantors and features", ["", ""],
                [.. new (string, string)[] { ("Guarantors", string.Join(", ", text.Guarantors)), ("Features", string.Join(", ", TextFeatures.Keys(text.Features))) }
                    .Where(r => r.Item2.Length > 0).Select(r => (IReadOnlyList<string>)[r.Item1, r.Item2])]),
        };
        return [.. sections.Where(s => s.Rows.Count > 0)];
    }

    /// <summary>The lines under the title: date, source and description, when given.</summary>
    public static IReadOnlyList<string> Preamble(AgreementText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = new List<string>();
        if (text.Title is not null)
        {
            lines.Add($"Name: {text.Name}");
        }
        if (text.Date is not null)
        {
            lines.Add($"Date: {text.Date}");
        }
        if (text.Source is not null)
        {
            lines.Add($"Source: {text.Source}");
        }
        if (text.Description is not null)
        {
            lines.Add(text.Description.Trim());
        }
        return lines;
    }

    private static string N(int? n) => n?.ToString(CultureInfo.InvariantCulture) ?? "";

    private static string F(double x) => x.ToString("0.##", CultureInfo.InvariantCulture);
}
