using System.Globalization;
using Parley.Store.Database;
using Parley.Store.Experiments;

namespace Parley.Store.Sensitivity;

/// <summary>One point of a response curve: a parameter value (or the mean of a bin of values) and the mean outcome there.</summary>
public sealed record ResponsePoint(string Value, double X, double Outcome);

/// <summary>How one parameter moves one outcome: its response curve, the lowest and highest outcome along it, and its Sobol indices when the design gives them.</summary>
public sealed record ParameterEffect(string Parameter, IReadOnlyList<ResponsePoint> Curve, double Low, double High, SobolIndices? Sobol)
{
    /// <summary>The width of its tornado bar.</summary>
    public double Swing => double.IsFinite(High - Low) ? High - Low : 0;
}

/// <summary>The sensitivity of one outcome under one hypothesis: the effects, largest swing first, around a baseline.</summary>
public sealed record OutcomeSensitivity(string Hypothesis, string Outcome, double Baseline, IReadOnlyList<ParameterEffect> Effects);

/// <summary>
/// Which assumptions move each outcome most, from a finished sweep. One at a time (<c>--oat</c>): the
/// baseline is the scenario as written and each parameter's curve its outcomes alone at each value.
/// Other designs: the baseline is the mean over the points and each curve the parameter's main effect
/// (the mean outcome at each of its values, or over ten equal-count bins of them when they are many).
/// With <c>--sobol</c>, first-order and total Sobol indices from the Saltelli design as well.
/// </summary>
public sealed record SweepSensitivity(ExperimentSpec Spec, IReadOnlyList<double[]> PointOutcomes, IReadOnlyList<OutcomeSensitivity> Outcomes)
{
    private const int Bins = 10;

    /// <summary>Reads every point's runs from the store and computes the sensitivity (the experiment must be complete).</summary>
    public static SweepSensitivity Of(ExperimentStore store, ExperimentSpec spec)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(spec);
        return Compute(spec, [.. spec.Points.Select(p => Sensitivity.PointOutcomes.Of(StoredResults.Point(store, spec, p.Index)))]);
    }

    /// <summary>The sensitivity from the outcomes of each point (in the order of <see cref="Sensitivity.PointOutcomes.Names"/>).</summary>
    public static SweepSensitivity Compute(ExperimentSpec spec, IReadOnlyList<double[]> outcomes)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(outcomes);
        var result = new List<OutcomeSensitivity>();
        foreach (var group in spec.Points.GroupBy(p => p.Hypothesis))
        {
            var points = group.ToList();
            for (var o = 0; o < Sensitivity.PointOutcomes.Names.Count; o++)
            {
                var values = points.Select(p => outcomes[p.Index][o]).ToList();
                if (values.All(v => !double.IsFinite(v)) || (o >= 3 && values.All(v => v == 0)))
                {
                    continue;
                }
                var effects = spec.Design == "oat" ? OneAtATime(spec, points, values, out var baseline) : MainEffects(spec, points, values, out baseline);
                if (spec.Design == "sobol")
                {
                    effects = WithSobol(spec, effects, values);
                }
                result.Add(new OutcomeSensitivity(group.Key, Sensitivity.PointOutcomes.Names[o], baseline, [.. effects.OrderByDescending(e => e.Swing).ThenBy(e => e.Parameter, StringComparer.Ordinal)]));
            }
        }
        return new SweepSensitivity(spec, outcomes, result);
    }

    private static List<ParameterEffect> OneAtATime(ExperimentSpec spec, List<ExperimentPoint> points, List<double> values, out double baseline)
    {
        var at = points.FindIndex(p => p.Overrides.Count == 0);
        baseline = at >= 0 ? values[at] : double.NaN;
        var effects = new List<ParameterEffect>();
        foreach (var parameter in spec.Parameters)
        {
            var curve = points
                .Select((p, i) => (p, v: values[i]))
                .Where(x => x.p.Overrides.Count == 1 && x.p.ValueOf(parameter) is not null)
                .Select(x => new ResponsePoint(x.p.ValueOf(parameter)!, Number(x.p.ValueOf(parameter)!), x.v))
                .ToList();
            effects.Add(Effect(parameter, curve, null));
        }
        return effects;
    }

    private static List<ParameterEffect> MainEffects(ExperimentSpec spec, List<ExperimentPoint> points, List<double> values, out double baseline)
    {
        var finite = values.Where(double.IsFinite).ToList();
        baseline = finite.Count > 0 ? finite.Average() : double.NaN;
        var effects = new List<ParameterEffect>();
        foreach (var parameter in spec.Parameters)
        {
            var pairs = points.Select((p, i) => (Value: p.ValueOf(parameter) ?? "", Outcome: values[i])).ToList();
            var distinct = pairs.Select(p => p.Value).Distinct(StringComparer.Ordinal).ToList();
            List<ResponsePoint> curve;
            if (distinct.Count <= 12 || pairs.Any(p => double.IsNaN(Number(p.Value))))
            {
                curve = [.. distinct.Select(v => new ResponsePoint(v, Number(v), Mean(pairs.Where(p => p.Value == v).Select(p => p.Outcome))))];
            }
            else
            {
                var sorted = pairs.OrderBy(p => Number(p.Value)).ToList();
                curve = [.. Enumerable.Range(0, Bins).Select(b =>
                {
                    var bin = sorted.Skip(b * sorted.Count / Bins).Take(((b + 1) * sorted.Count / Bins) - (b * sorted.Count / Bins)).ToList();
                    var x = bin.Average(p => Number(p.Value));
                    return new ResponsePoint(x.ToString("G4", CultureInfo.InvariantCulture), x, Mean(bin.Select(p => p.Outcome)));
                })];
            }
            effects.Add(Effect(parameter, curve, null));
        }
        return effects;
    }

    private static List<ParameterEffect> WithSobol(ExperimentSpec spec, List<ParameterEffect> effects, List<double> values)
    {
        var k = spec.Parameters.Count;
        var n = values.Count / (k + 2);
        var a = values.Take(n).ToList();
        var b = values.Skip(n).Take(n).ToList();
        return [.. effects.Select(e =>
        {
            var i = spec.Parameters.ToList().IndexOf(e.Parameter);
            return e with { Sobol = SobolIndices.Estimate(a, b, values.Skip((2 + i) * n).Take(n).ToList()) };
        })];
    }

    private static ParameterEffect Effect(string parameter, List<ResponsePoint> curve, SobolIndices? sobol)
    {
        var finite = curve.Select(c => c.Outcome).Where(double.IsFinite).ToList();
        return new ParameterEffect(parameter, curve, finite.Count > 0 ? finite.Min() : double.NaN, finite.Count > 0 ? finite.Max() : double.NaN, sobol);
    }

    private static double Mean(IEnumerable<double> values)
    {
        var finite = values.Where(double.IsFinite).ToList();
        return finite.Count > 0 ? finite.Average() : double.NaN;
    }

    private static double Number(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : double.NaN;
}
