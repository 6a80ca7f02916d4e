using Parley.Reports.Sweep;
using Parley.Store.Sensitivity;
using Spectre.Console;

namespace Parley.Cli.Commands.Store;

/// <summary>The terminal view of a sweep's sensitivity: per hypothesis, the parameters that move the agreement share most.</summary>
internal static class SensitivityView
{
    public static void Write(IAnsiConsole console, SweepSensitivity sensitivity)
    {
        foreach (var outcome in sensitivity.Outcomes.Where(o => o.Outcome is "agreement" or "daysToAgreement"))
        {
            var table = new Table().Title($"{SweepText.Outcome(outcome.Outcome)} ({Markup.Escape(outcome.Hypothesis)}): baseline {SweepText.Format(outcome.Outcome, outcome.Baseline)}")
                .AddColumns("parameter", "lowest", "highest", "swing");
            var sobol = outcome.Effects.Any(e => e.Sobol is not null);
            if (sobol)
            {
                table.AddColumns("first-order S", "total S_T");
            }
            foreach (var e in outcome.Effects)
            {
                var cells = new List<string> { Markup.Escape(e.Parameter), SweepText.Format(outcome.Outcome, e.Low), SweepText.Format(outcome.Outcome, e.High), SweepText.Format(outcome.Outcome, e.Swing) };
                if (sobol)
                {
                    cells.Add(e.Sobol is { } s ? s.FirstOrder.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) : "");
                    cells.Add(e.Sobol is { } t ? t.Total.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) : "");
                }
                table.AddRow([.. cells]);
            }
            console.Write(table);
        }
    }
}
