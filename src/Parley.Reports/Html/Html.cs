using System.Globalization;
using System.Text;

namespace Parley.Reports.Html;

/// <summary>Escaping and id helpers. Output is XHTML-compatible: quoted attributes, self-closed void elements, no named entities.</summary>
internal static class Html
{
    /// <summary>Text or attribute value with &amp;, &lt;, &gt;, quotes escaped.</summary>
    public static string Esc(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }
        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => sb.Append("&amp;"),
                '<' => sb.Append("&lt;"),
                '>' => sb.Append("&gt;"),
                '"' => sb.Append("&quot;"),
                '\'' => sb.Append("&#39;"),
                _ when char.IsControl(c) && c is not '\n' and not '\t' => sb.Append(' '),
                _ => sb.Append(c),
            };
        }
        return sb.ToString();
    }

    /// <summary>A lower-case id fragment of letters, digits and dashes (e.g. "Limited aims" to "limited-aims").</summary>
    public static string Slug(string text)
    {
        var sb = new StringBuilder();
        foreach (var c in text.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                sb.Append(c);
            }
            else if (sb.Length > 0 && sb[^1] != '-')
            {
                sb.Append('-');
            }
        }
        var slug = sb.ToString().Trim('-');
        return slug.Length == 0 ? "x" : slug;
    }

    public static string Num(double value, string format = "#,0") => value.ToString(format, CultureInfo.InvariantCulture);

    public static string Pct(double share) => share.ToString("0.#%", CultureInfo.InvariantCulture);
}
