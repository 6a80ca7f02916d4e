using System.Globalization;
using Parley.Domain;

namespace Parley.Store.Experiments;

/// <summary>
/// Part <see cref="Index"/> of <see cref="Count"/> of an experiment's work. The work is a list of
/// units (a point and a range of run indices, point by point, in order) and shard i takes the units
/// <c>[i·U/N, (i+1)·U/N)</c>: the split depends only on the experiment, so a shard can run anywhere and
/// writes the same rows.
/// </summary>
public readonly record struct Shard(int Index, int Count)
{
    /// <summary>All the work in one part.</summary>
    public static Shard All => new(0, 1);

    /// <summary>Parses <c>i/N</c> (0 ≤ i &lt; N).</summary>
    public static Shard Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split('/');
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var i)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            && n >= 1 && i < n)
        {
            return new Shard(i, n);
        }
        throw new InputException("shard", null, null, $"'{text}': write i/N with 0 <= i < N, e.g. 0/4");
    }

    /// <summary>The units of <paramref name="units"/> that belong to this shard.</summary>
    public IEnumerable<WorkUnit> Select(IReadOnlyList<WorkUnit> units)
    {
        ArgumentNullException.ThrowIfNull(units);
        var from = (int)((long)Index * units.Count / Count);
        var to = (int)((long)(Index + 1) * units.Count / Count);
        for (var u = from; u < to; u++)
        {
            yield return units[u];
        }
    }

    /// <inheritdoc />
    public override string ToString() => $"{Index}/{Count}";
}

/// <summary>Runs <see cref="First"/> .. <see cref="First"/>+<see cref="Runs"/>-1 of point <see cref="Point"/>.</summary>
public readonly record struct WorkUnit(int Point, int First, int Runs)
{
    /// <summary>The units of an experiment: each point's runs cut into batches of at most <paramref name="batch"/>.</summary>
    public static IReadOnlyList<WorkUnit> Of(ExperimentSpec spec, int batch)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentOutOfRangeException.ThrowIfLessThan(batch, 1);
        var units = new List<WorkUnit>();
        foreach (var point in spec.Points)
        {
            for (var first = 0; first < spec.Runs; first += batch)
            {
                units.Add(new WorkUnit(point.Index, first, Math.Min(batch, spec.Runs - first)));
            }
        }
        return units;
    }
}
