using System.Globalization;
using Parley.Data.Priors;
using Parley.Data.Statistics;
using Spectre.Console;

namespace Parley.Cli.Commands.Data;

/// <summary>The fitted-hazard parts of <c>parley data hazard</c>: Weibull, clause effects and a held-out check.</summary>
internal static class HazardModelView
{
    /// <summary>The Weibull fit as a JSON object.</summary>
    public static object Weibull(CeasefireHazardModel model) => new
    {
        Shape = model.Weibull.Shape,
        ShapeProfileLikelihood = model.ShapeProfileInterval,
        ScaleDays = model.Weibull.Scale,
        model.Weibull.LogLikelihood,
        ExponentialLogLikelihood = model.Exponential.LogLikelihood,
        ShapeTest = model.ShapeTest,
        Description = model.Describe(),
    };

    /// <summary>Clause effects as JSON rows.</summary>
    public static object? Clauses(CeasefireHazardModel model) => model.ClauseEffects is not { } effects ? null : new
    {
        effects.Selection,
        Shape = effects.Regression.Shape,
        BaselineScaleDays = effects.Regression.Scale,
        Effects = effects.Effects.Select(e => new
        {
            Clause = e.Clause.ToString(),
            e.Covariate,
            Reading = CeasefireClauseEffects.Covariates.FirstOrDefault(c => c.Name == e.Covariate)?.Reading,
            e.HazardRatio,
            PValue = double.IsNaN(e.PValue) ? (double?)null : e.PValue,
            e.Estimated,
            e.Verified,
            e.Fortna,
        }),
        effects.Unverified,
    };

    /// <summary>A held-out comparison as JSON.</summary>
    public static object HeldOut(HeldOutComparison c) => new
    {
        c.HeldOut,
        FittedOn = c.Model.Selection,
        FittedCeasefires = c.Model.Ceasefires,
        HeldOutCeasefires = c.HeldOutCurve.Count,
        HeldOutEvents = c.HeldOutCurve.Events,
        Weibull = new { c.Model.Weibull.Shape, ScaleDays = c.Model.Weibull.Scale },
        Points = c.Points.Select(p => new
        {
            p.Day,
            KaplanMeier = new { p.KaplanMeier.Survival, p.KaplanMeier.Lower, p.KaplanMeier.Upper, p.KaplanMeier.AtRisk },
            p.Weibull,
            p.Piecewise,
            p.ClauseAdjusted,
            p.WeibullInsideKaplanMeier,
            p.IntervalsOverlap,
        }),
        c.WeibullTest,
        c.PiecewiseTest,
        c.ClauseAdjustedTest,
        c.WeibullMaxGap,
        c.PiecewiseMaxGap,
    };

    /// <summary>Writes the text tables.</summary>
    public static void Write(IAnsiConsole console, CeasefireHazardModel model, HeldOutComparison? heldOut)
    {
        console.WriteLine(model.Describe());
        console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Weibull shape profile-likelihood interval {model.ShapeProfileInterval.Lower:0.###}-{model.ShapeProfileInterval.Upper:0.###}; Weibull vs constant hazard: likelihood-ratio {model.ShapeTest.Statistic:0.#} on 1 df, p = {model.ShapeTest.PValue:G3}"));
        if (model.ClauseEffects is { } effects)
        {
            var table = new Table().Title("clause effects on the breakdown hazard (Weibull PH regression, unverified codes)")
                .AddColumns("clause", "ETH/PRIO code", "hazard ratio", "interval", "p", "Fortna 2004 (cited, not re-estimated)");
            foreach (var e in effects.Effects)
            {
                table.AddRow(Markup.Escape(e.Clause.ToString()), Markup.Escape(e.Covariate is null ? "none: not estimated" : e.Covariate + " (unverified)"),
                    Ratio(e.HazardRatio.Estimate), e.Estimated ? $"{Ratio(e.HazardRatio.Lower)}-{Ratio(e.HazardRatio.Upper)}" : "",
                    double.IsNaN(e.PValue) ? "" : e.PValue.ToString("G2", CultureInfo.InvariantCulture), Markup.Escape(e.Fortna));
            }
            console.Write(table);
        }
        if (heldOut is { } c)
        {
            var table = new Table().Title(Markup.Escape($"held out: {c.HeldOut} ({c.HeldOutCurve.Count} ceasefires, {c.HeldOutCurve.Events} breakdowns) vs fit on {c.Model.Selection}"))
                .AddColumns("days", "held-out Kaplan-Meier", "Greenwood interval", "Weibull", "interval", "piecewise", "clause-adjusted");
            foreach (var p in c.Points)
            {
                table.AddRow(DataOutput.Format(p.Day), DataOutput.Percent(p.KaplanMeier.Survival), DataOutput.PercentRange(p.KaplanMeier.Lower, p.KaplanMeier.Upper),
                    DataOutput.Percent(p.Weibull.Estimate), DataOutput.PercentRange(p.Weibull.Lower, p.Weibull.Upper),
                    DataOutput.Percent(p.Piecewise.Estimate), p.ClauseAdjusted is { } a ? DataOutput.Percent(a) : "");
            }
            console.Write(table);
            var line = string.Create(CultureInfo.InvariantCulture,
                $"whole curve: {c.WeibullTest.Observed} breakdowns observed, {c.WeibullTest.Expected:0.0} expected under the Weibull (p = {c.WeibullTest.PValue:G3}), {c.PiecewiseTest.Expected:0.0} under the piecewise hazard (p = {c.PiecewiseTest.PValue:G3})");
            var adjusted = c.ClauseAdjustedTest is { } t
                ? string.Create(CultureInfo.InvariantCulture, $", {t.Expected:0.0} given the subset's own clause codes (p = {t.PValue:G3})")
                : "";
            console.WriteLine(line + adjusted);
        }
    }

    private static string Ratio(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>An interval's three numbers for CSV.</summary>
    public static object[] Cells(Interval i) => [i.Estimate, i.Lower, i.Upper];
}
