namespace Parley.Data.Datasets.EthPrio;

/// <summary>
/// Turns actor rows into ceasefires (one per uniq_id). Rules, since actor rows of one ceasefire
/// sometimes disagree:
/// <list type="bullet">
/// <item>start: the earliest effect date over the rows, else the earliest declaration date;</item>
/// <item>ordinal and yes/no codes (side, partial, written, fixed, purposes, class, mediator_nego,
/// implement, ddr, truce): the largest code over the rows (so "yes" beats "no" beats "unclear" = -1);</item>
/// <item>timing, enforcement, fixed_time, region: the first row's value;</item>
/// <item>end: the earliest dated end among rows coded expired, broke down, replaced or unclear,
/// with that row's code (on a tie: broke down, then expired, replaced, unclear); with no dated end,
/// an undated expired/broke down/replaced code if any row has one, else "never took effect" if any
/// row says so, else "did not end" if every row says so, else unclear.</item>
/// </list>
/// </summary>
public static class CeasefireAggregation
{
    /// <summary>Aggregates <paramref name="rows"/> into ceasefires, ordered by uniq_id.</summary>
    public static IReadOnlyList<Ceasefire> Aggregate(IEnumerable<EthPrioRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return rows.GroupBy(r => r.UniqueId).Select(ToCeasefire).OrderBy(c => c.UniqueId).ToArray();
    }

    /// <summary>The end kind for an <c>ended</c> code.</summary>
    public static CeasefireEnd EndKind(int code) => code switch
    {
        0 => CeasefireEnd.Ongoing,
        1 => CeasefireEnd.Expired,
        2 => CeasefireEnd.BrokeDown,
        3 => CeasefireEnd.NeverInEffect,
        4 => CeasefireEnd.Replaced,
        _ => CeasefireEnd.Unclear,
    };

    private static Ceasefire ToCeasefire(IGrouping<int, EthPrioRow> group)
    {
        var list = group.ToList();
        var first = list[0];
        var effective = list.Where(r => r.Effective is not null).Select(r => r.Effective!.Value).ToList();
        var declared = list.Where(r => r.Declared is not null).Select(r => r.Declared!.Value).ToList();
        PartialDate? start = effective.Count > 0 ? effective.MinBy(d => d.Midpoint)
            : declared.Count > 0 ? declared.MinBy(d => d.Midpoint)
            : null;
        var (kind, end) = End(list);
        return new Ceasefire(
            group.Key,
            first.Location,
            first.Region,
            list.Select(r => r.ActorName).Where(a => a.Length > 0).Distinct(StringComparer.Ordinal).ToArray(),
            start,
            list.Max(r => r.Side),
            list.Max(r => r.Partial),
            list.Max(r => r.Written),
            list.Max(r => r.Fixed),
            first.FixedDays,
            list.Max(r => r.Humanitarian),
            list.Max(r => r.PeaceProcess),
            list.Max(r => r.Holiday),
            list.Max(r => r.Election),
            list.Max(r => r.Class),
            first.Timing,
            list.Max(r => r.MediatorNego),
            list.Max(r => r.Implement),
            first.Enforcement,
            list.Max(r => r.Ddr),
            list.Max(r => r.Truce),
            kind,
            end,
            first.Line);
    }

    private static (CeasefireEnd Kind, PartialDate? End) End(List<EthPrioRow> rows)
    {
        var dated = rows
            .Select(r => (Kind: EndKind(r.Ended), r.End))
            .Where(x => x.End is not null && x.Kind is CeasefireEnd.Expired or CeasefireEnd.BrokeDown or CeasefireEnd.Replaced or CeasefireEnd.Unclear)
            .OrderBy(x => x.End!.Value.Midpoint)
            .ThenBy(x => TiePriority(x.Kind))
            .ToList();
        if (dated.Count > 0)
        {
            return (dated[0].Kind, dated[0].End);
        }
        var kinds = rows.Select(r => EndKind(r.Ended)).ToList();
        foreach (var known in new[] { CeasefireEnd.BrokeDown, CeasefireEnd.Expired, CeasefireEnd.Replaced })
        {
            if (kinds.Contains(known))
            {
                return (known, null);
            }
        }
        if (kinds.Contains(CeasefireEnd.NeverInEffect))
        {
            return (CeasefireEnd.NeverInEffect, null);
        }
        return kinds.All(k => k == CeasefireEnd.Ongoing) ? (CeasefireEnd.Ongoing, null) : (CeasefireEnd.Unclear, null);
    }

    private static int TiePriority(CeasefireEnd kind) => kind switch
    {
        CeasefireEnd.BrokeDown => 0,
        CeasefireEnd.Expired => 1,
        CeasefireEnd.Replaced => 2,
        _ => 3,
    };
}
