using Parley.Analysis.Frontier;

namespace Parley.Analysis;

/// <summary>
/// The classic solution points, read off a Pareto frontier (each is attained on it):
/// Nash = argmax prod(u_i - r_i) over the range; Kalai-Smorodinsky = the frontier point in the
/// range maximising min_i (u_i - r_i)/(best_i - r_i), best_i the largest u_i in the range;
/// max welfare = argmax sum u_i; egalitarian = argmax min_i (u_i - r_i) over the range.
/// Ties go to the first point in frontier order.
/// </summary>
internal static class ReferencePoints
{
    public readonly record struct Indices(int Nash, int KalaiSmorodinsky, int MaxWelfare, int Egalitarian);

    public static Indices Find(RawFrontier frontier, IReadOnlyList<double> reservations, double tolerance)
    {
        var n = frontier.Parties;
        var inRange = new bool[frontier.Count];
        var best = Enumerable.Repeat(double.NegativeInfinity, n).ToArray();
        for (var p = 0; p < frontier.Count; p++)
        {
            var u = frontier.UtilitiesOf(p);
            var ok = true;
            for (var j = 0; j < n; j++)
            {
                ok &= u[j] >= reservations[j] - tolerance;
            }
            inRange[p] = ok;
            if (ok)
            {
                for (var j = 0; j < n; j++)
                {
                    best[j] = Math.Max(best[j], u[j]);
                }
            }
        }

        int nash = -1, ks = -1, welfare = -1, egal = -1;
        double nashValue = double.NegativeInfinity, ksValue = double.NegativeInfinity;
        double welfareValue = double.NegativeInfinity, egalValue = double.NegativeInfinity;
        for (var p = 0; p < frontier.Count; p++)
        {
            var u = frontier.UtilitiesOf(p);
            var sum = 0.0;
            for (var j = 0; j < n; j++)
            {
                sum += u[j];
            }
            if (sum > welfareValue)
            {
                welfareValue = sum;
                welfare = p;
            }
            if (!inRange[p])
            {
                continue;
            }
            double product = 1, minGain = double.PositiveInfinity, minRatio = double.PositiveInfinity;
            for (var j = 0; j < n; j++)
            {
                var gain = Math.Max(0.0, u[j] - reservations[j]);
                product *= gain;
                minGain = Math.Min(minGain, u[j] - reservations[j]);
                var span = best[j] - reservations[j];
                minRatio = Math.Min(minRatio, span > 0 ? (u[j] - reservations[j]) / span : 1.0);
            }
            if (product > nashValue)
            {
                nashValue = product;
                nash = p;
            }
            if (minRatio > ksValue)
            {
                ksValue = minRatio;
                ks = p;
            }
            if (minGain > egalValue)
            {
                egalValue = minGain;
                egal = p;
            }
        }
        return new Indices(nash, ks, welfare, egal);
    }
}
