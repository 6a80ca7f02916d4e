using System.Net;
using System.Text;
using Parley.Domain.Scenarios;

namespace Parley.Formats.Texts;

/// <summary>An agreement text as a standalone HTML page, with its clause numbers (<see cref="TextSections"/>).</summary>
public static class TextHtml
{
    /// <summary>Renders <paramref name="text"/> of <paramref name="scenario"/>.</summary>
    public static string Render(Conflict.Scenarios.Scenario scenario, AgreementText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>").Append(E(text.DisplayTitle)).Append("</title>\n")
          .Append("<style>body{font-family:sans-serif;max-width:60em;margin:2em auto}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.3em .6em;text-align:left;vertical-align:top}</style>\n")
          .Append("</head>\n<body>\n<h1>").Append(E(text.DisplayTitle)).Append("</h1>\n");
        foreach (var line in TextSections.Preamble(text))
        {
            sb.Append("<p>").Append(E(line)).Append("</p>\n");
        }
        foreach (var section in TextSections.Of(scenario, text))
        {
            sb.Append("<h2>").Append(E(section.Heading)).Append("</h2>\n<table>\n<thead><tr>");
            foreach (var h in section.Header)
            {
                sb.Append("<th scope=\"col\">").Append(E(h)).Append("</th>");
            }
            sb.Append("</tr></thead>\n<tbody>\n");
            foreach (var row in section.Rows)
            {
                sb.Append("<tr>");
                for (var i = 0; i < row.Count; i++)
                {
                    var id = section.Heading == "Clauses" && i == 0 ? $" id=\"clause-{E(row[0])}\"" : "";
                    sb.Append("<td").Append(id).Append('>').Append(E(row[i])).Append("</td>");
                }
                sb.Append("</tr>\n");
            }
            sb.Append("</tbody>\n</table>\n");
        }
        sb.Append("</body>\n</html>\n");
        return sb.ToString();
    }

    private static string E(string s) => WebUtility.HtmlEncode(s);
}
