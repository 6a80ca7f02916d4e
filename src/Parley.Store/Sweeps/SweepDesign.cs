using Parley.Domain;
using Parley.Formats.Overrides;
using Parley.Randomness;
using Parley.Store.Experiments;

namespace Parley.Store.Sweeps;

/// <summary>
/// The points of a sweep: a full grid (every combination, the first parameter varying slowest), a
/// Latin hypercube of N points, one-at-a-time (the baseline, then each parameter alone at each of its
/// values), or the Saltelli design of N base samples for Sobol indices (A, B and the k matrices A with
/// column i from B: N·(k+2) points). Random designs draw from <c>CounterRandom(seed, stream)</c> so the
/// points depend on the seed only. Each combination is repeated for every hypothesis named.
/// </summary>
public static class SweepDesign
{
    private const ulong DesignStream = 0x5EED_DE51_6000_0000;

    /// <summary>Grid points.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Grid(IReadOnlyList<SweepParameter> parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        IEnumerable<IReadOnlyList<string>> combos = [[]];
        foreach (var p in parameters)
        {
            combos = combos.SelectMany(c => p.Values.Select(v => (IReadOnlyList<string>)[.. c, v]));
        }
        return [.. combos];
    }

    /// <summary>A Latin hypercube of <paramref name="n"/> points: each parameter's range (or list) cut into n strata, each stratum used once.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> LatinHypercube(IReadOnlyList<SweepParameter> parameters, int n, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        RequireCount(n, "sample");
        var random = new CounterRandom(seed, DesignStream);
        var columns = parameters.Select(p =>
        {
            var order = Enumerable.Range(0, n).ToArray();
            for (var i = n - 1; i > 0; i--)
            {
                var j = (int)(random.NextDouble() * (i + 1));
                (order[i], order[j]) = (order[j], order[i]);
            }
            return order.Select(stratum => Value(p, (stratum + random.NextDouble()) / n)).ToArray();
        }).ToArray();
        return [.. Enumerable.Range(0, n).Select(i => (IReadOnlyList<string>)[.. columns.Select(c => c[i])])];
    }

    /// <summary>One-at-a-time: the baseline (null: the file's value), then each parameter alone at each of its values.</summary>
    public static IReadOnlyList<IReadOnlyList<string?>> OneAtATime(IReadOnlyList<SweepParameter> parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var points = new List<IReadOnlyList<string?>> { new string?[parameters.Count] };
        for (var k = 0; k < parameters.Count; k++)
        {
            foreach (var v in parameters[k].Values)
            {
                var row = new string?[parameters.Count];
                row[k] = v;
                points.Add(row);
            }
        }
        return points;
    }

    /// <summary>The Saltelli design: rows of A, then B, then A_B^(i) for each parameter i, N rows each.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Saltelli(IReadOnlyList<SweepParameter> parameters, int n, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        RequireCount(n, "sobol");
        var k = parameters.Count;
        var random = new CounterRandom(seed, DesignStream + 1);
        var a = new double[n, k];
        var b = new double[n, k];
        for (var r = 0; r < n; r++)
        {
            for (var c = 0; c < k; c++)
            {
                a[r, c] = random.NextDouble();
                b[r, c] = random.NextDouble();
            }
        }
        var rows = new List<IReadOnlyList<string>>();
        rows.AddRange(Enumerable.Range(0, n).Select(r => Row(parameters, c => a[r, c])));
        rows.AddRange(Enumerable.Range(0, n).Select(r => Row(parameters, c => b[r, c])));
        for (var i = 0; i < k; i++)
        {
            var column = i;
            rows.AddRange(Enumerable.Range(0, n).Select(r => Row(parameters, c => c == column ? b[r, c] : a[r, c])));
        }
        return rows;
    }

    /// <summary>The experiment points: each combination under each hypothesis (hypotheses vary slowest).</summary>
    public static IReadOnlyList<ExperimentPoint> Points(IReadOnlyList<string> hypotheses, IReadOnlyList<SweepParameter> parameters, IReadOnlyList<IReadOnlyList<string?>> combos)
    {
        ArgumentNullException.ThrowIfNull(hypotheses);
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(combos);
        var points = new List<ExperimentPoint>();
        foreach (var h in hypotheses)
        {
            foreach (var combo in combos)
            {
                var overrides = combo
                    .Select((v, i) => v is null ? null : new ScenarioOverride(OverridePath.Parse(parameters[i].Path), v))
                    .OfType<ScenarioOverride>()
                    .ToList();
                points.Add(new ExperimentPoint(points.Count, h, overrides));
            }
        }
        return points;
    }

    private static IReadOnlyList<string> Row(IReadOnlyList<SweepParameter> parameters, Func<int, double> u) =>
        [.. parameters.Select((p, c) => Value(p, u(c)))];

    /// <summary>The value at quantile <paramref name="u"/> in [0, 1) of a parameter: in its range, or an item of its list.</summary>
    private static string Value(SweepParameter p, double u) => p.Range is { } range
        ? SweepParameter.Number(range.Low + ((range.High - range.Low) * u))
        : p.Values[Math.Min(p.Values.Count - 1, (int)(u * p.Values.Count))];

    private static void RequireCount(int n, string what)
    {
        if (n < 2)
        {
            throw new InputException(what, null, null, $"{what} is {n}: give at least 2 points");
        }
    }
}
