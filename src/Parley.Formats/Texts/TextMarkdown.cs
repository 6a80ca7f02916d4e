using System.Text;
using Parley.Domain.Scenarios;

namespace Parley.Formats.Texts;

/// <summary>An agreement text as Markdown, with its clause numbers (<see cref="TextSections"/>).</summary>
public static class TextMarkdown
{
    /// <summary>Renders <paramref name="text"/> of <paramref name="scenario"/>.</summary>
    public static string Render(Conflict.Scenarios.Scenario scenario, AgreementText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder();
        sb.Append("# ").Append(Cell(text.DisplayTitle)).Append("\n\n");
        foreach (var line in TextSections.Preamble(text))
        {
            sb.Append(line).Append("\n\n");
        }
        foreach (var section in TextSections.Of(scenario, text))
        {
            sb.Append("## ").Append(section.Heading).Append("\n\n");
            sb.Append("| ").Append(string.Join(" | ", section.Header.Select(Cell))).Append(" |\n");
            sb.Append('|').Append(string.Concat(section.Header.Select(_ => "---|"))).Append('\n');
            foreach (var row in section.Rows)
            {
                sb.Append("| ").Append(string.Join(" | ", row.Select(Cell))).Append(" |\n");
            }
            sb.Append('\n');
        }
        return sb.ToString();
    }

    private static string Cell(string s) => s.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal).Trim();
}
