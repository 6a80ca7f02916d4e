using System.Globalization;
using Spectre.Console;

namespace Parley.Cli.Commands.Models;

/// <summary>Renders name / value / meaning rows as a Spectre table.</summary>
internal static class FactTable
{
    public static Table Create(string title, IEnumerable<(string Name, string Value, string Meaning)> rows)
    {
        var table = new Table().Border(TableBorder.Rounded).Title($"[bold]{Markup.Escape(title)}[/]");
        table.AddColumn("quantity");
        table.AddColumn(new TableColumn("value").RightAligned());
        table.AddColumn("meaning");
        foreach (var (name, value, meaning) in rows)
        {
            table.AddRow(Markup.Escape(name), Markup.Escape(value), Markup.Escape(meaning));
        }
        return table;
    }

    public static string Number(double value) =>
        double.IsNaN(value) ? "-" : Math.Round(value, 6).ToString("0.######", CultureInfo.InvariantCulture);
}
