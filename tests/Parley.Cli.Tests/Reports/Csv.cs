using System.Text;

namespace Parley.Cli.Tests.Reports;

/// <summary>A small RFC 4180 reader for checking the report's CSV files (quoted cells, doubled quotes, commas and line breaks inside quotes).</summary>
internal static class Csv
{
    public static List<string[]> Read(string text)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(cell.ToString());
                cell.Clear();
            }
            else if (c == '\n')
            {
                row.Add(cell.ToString());
                cell.Clear();
                rows.Add([.. row]);
                row.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }
        Assert.False(quoted, "the CSV ends inside a quoted cell");
        Assert.True(cell.Length == 0 && row.Count == 0, "the CSV's last line has no line end");
        return rows;
    }
}
