using System.Globalization;
using System.Text;
using Parley.Runs;

namespace Parley.Cli.Commands.Run;

/// <summary>Writes the data of a run into the output folder, as tidy CSV files.</summary>
public static class RunReportOutput
{
    /// <summary>Writes the files and returns the report's path (the folder when there is no HTML report).</summary>
    public static string Write(ScenarioRunResult run, string folder)
    {
        ArgumentNullException.ThrowIfNull(run);
        Directory.CreateDirectory(folder);
        var endings = new StringBuilder("hypothesis,ending,runs,share\n");
        var rounds = new StringBuilder("hypothesis,round,day,reservation_a,reservation_b,range_open_share,at_war_share,combatant_deaths_a,civilian_deaths_a,combatant_deaths_b,civilian_deaths_b,need_met_share\n");
        var analysis = new StringBuilder("hypothesis,bargaining_range_outcomes,outcomes,nash_utility_a,nash_utility_b,deal_killers\n");
        foreach (var h in run.Hypotheses)
        {
            var a = h.Analysis;
            analysis.Append(CultureInfo.InvariantCulture, $"{Csv(h.Name)},{a.BargainingRangeCount},{a.OutcomeCount},{N(a.Nash?.Utilities[0])},{N(a.Nash?.Utilities[1])},{Csv(string.Join(" | ", a.DealKillers.Select(k => k.Message)))}\n");
            if (h.Summary is { } s)
            {
                foreach (var e in s.Endings)
                {
                    endings.Append(CultureInfo.InvariantCulture, $"{Csv(h.Name)},{e.Name},{e.Count},{N(s.Runs == 0 ? null : (double)e.Count / s.Runs)}\n");
                }
            }
            if (h.Trace is { } t)
            {
                for (var r = 0; r < t.Rounds; r++)
                {
                    rounds.Append(CultureInfo.InvariantCulture, $"{Csv(h.Name)},{r + 1},{N(t.Day(r))},{N(t.ReservationA[r])},{N(t.ReservationB[r])},{N(t.RangeOpen[r])},{N(t.AtWar[r])},{N(t.CombatantDeathsA[r])},{N(t.CivilianDeathsA[r])},{N(t.CombatantDeathsB[r])},{N(t.CivilianDeathsB[r])},{N(t.NeedMet[r])}\n");
                }
            }
        }
        File.WriteAllText(Path.Combine(folder, "analysis.csv"), analysis.ToString());
        File.WriteAllText(Path.Combine(folder, "endings.csv"), endings.ToString());
        File.WriteAllText(Path.Combine(folder, "rounds.csv"), rounds.ToString());
        return Path.GetFullPath(folder);
    }

    private static string N(double? x) => x is { } v && double.IsFinite(v) ? v.ToString("R", CultureInfo.InvariantCulture) : "";

    private static string Csv(string text) =>
        text.IndexOfAny([',', '"', '\n']) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
}
