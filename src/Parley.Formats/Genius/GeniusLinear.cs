using Parley.Domain;
using Parley.Domain.Preferences;

namespace Parley.Formats.Genius;

/// <summary>
/// GENIUS's numeric evaluators expressed with Parley's value functions, so the profile stays a
/// plain weighted-additive profile that analysis can tabulate.
/// </summary>
internal static class GeniusLinear
{
    /// <summary>
    /// u(x) = clamp(<paramref name="slope"/> x + <paramref name="intercept"/>, 0, 1) over the
    /// values of <paramref name="issue"/>. A <see cref="LinearValueFunction"/> when no value of
    /// the issue is clamped, otherwise a <see cref="PiecewiseLinearValueFunction"/> whose
    /// breakpoints are the issue's ends and the points where the line crosses 0 and 1. The two
    /// agree with the clamped line at every value up to floating-point rounding.
    /// </summary>
    public static ValueFunction Clamped(Issue issue, double slope, double intercept)
    {
        var a = issue.NumericValue(0);
        var b = issue.NumericValue(issue.ValueCount - 1);
        double F(double x) => (slope * x) + intercept;
        var fa = F(a);
        var fb = F(b);
        if (fa is >= 0 and <= 1 && fb is >= 0 and <= 1)
        {
            return new LinearValueFunction(slope, intercept);
        }
        if (slope == 0 || a == b)
        {
            return new LinearValueFunction(0, Math.Clamp(fa, 0, 1));
        }
        var xs = new SortedSet<double> { a, b };
        foreach (var level in new[] { 0.0, 1.0 })
        {
            var x = (level - intercept) / slope;
            if (x > a && x < b)
            {
                xs.Add(x);
            }
        }
        var points = new List<(double X, double Value)>(xs.Count);
        foreach (var x in xs)
        {
            points.Add((x, Math.Clamp(F(x), 0, 1)));
        }
        return new PiecewiseLinearValueFunction(points);
    }

    /// <summary>
    /// GENIUS's triangular evaluator (genius.core.utility.EVALFUNCTYPE.evalTriangular): 0 up to
    /// <paramref name="lower"/>, rising linearly to 1 at <paramref name="top"/>, falling linearly to
    /// 0 at <paramref name="upper"/>, 0 beyond.
    /// </summary>
    public static ValueFunction Triangular(double lower, double upper, double top) =>
        new PiecewiseLinearValueFunction([(lower, 0.0), (top, 1.0), (upper, 0.0)]);
}
