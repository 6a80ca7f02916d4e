namespace Parley.Negotiation.Traces;

/// <summary>How far an agreement lies from the reference points, as Euclidean distances in utility space (the GENIUS measures).</summary>
internal static class AgreementDistances
{
    /// <summary>The distance to the nearest point of the Pareto frontier; null when the frontier is empty.</summary>
    public static double? ToPareto(IReferencePoints points, ReadOnlySpan<double> utilities)
    {
        ArgumentNullException.ThrowIfNull(points);
        double? best = null;
        foreach (var p in points.ParetoFrontier)
        {
            var d = Distance(p.AsSpan(), utilities);
            if (best is null || d < best)
            {
                best = d;
            }
        }
        return best;
    }

    /// <summary>The distance to the Nash point; null when there is none.</summary>
    public static double? ToNash(IReferencePoints points, ReadOnlySpan<double> utilities)
    {
        ArgumentNullException.ThrowIfNull(points);
        return points.NashPoint.IsEmpty ? null : Distance(points.NashPoint.AsSpan(), utilities);
    }

    private static double Distance(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        if (a.Length != b.Length)
        {
            throw new ArgumentException($"a reference point has {a.Length} utilities for {b.Length} parties");
        }
        var s = 0.0;
        for (var i = 0; i < a.Length; i++)
        {
            var d = a[i] - b[i];
            s += d * d;
        }
        return Math.Sqrt(s);
    }
}
