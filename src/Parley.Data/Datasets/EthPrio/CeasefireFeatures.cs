using Parley.Domain;

namespace Parley.Data.Datasets.EthPrio;

/// <summary>The ceasefire features Parley knows, by name (dataset column names, plus a few aliases).</summary>
internal static class CeasefireFeatures
{
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["mediated"] = "mediator_nego",
        ["humanitarian"] = "p_humanitarian",
        ["class"] = "ceasefire_class",
        ["peace_process"] = "p_peaceprocess",
        ["fixed_days"] = "fixed_time",
    };

    /// <summary>Every feature, in display order.</summary>
    public static IReadOnlyList<CeasefireFeature> All { get; } =
    [
        Coded("written", "written agreement", EthPrioCodes.Written, c => c.Written),
        Coded("partial", "partial (some areas or actors only)", EthPrioCodes.Partial, c => c.Partial),
        Coded("mediator_nego", "mediated or negotiated with a mediator", EthPrioCodes.MediatorNego, c => c.MediatorNego),
        Coded("p_humanitarian", "humanitarian purpose", EthPrioCodes.Purpose("p_humanitarian", "humanitarian purpose"), c => c.Humanitarian),
        Coded("fixed", "fixed duration", EthPrioCodes.Fixed, c => c.Fixed),
        Coded("p_peaceprocess", "peace-process purpose", EthPrioCodes.Purpose("p_peaceprocess", "peace-process purpose"), c => c.PeaceProcess),
        Coded("p_holiday", "holiday purpose", EthPrioCodes.Purpose("p_holiday", "holiday purpose"), c => c.Holiday),
        Coded("p_election", "election purpose", EthPrioCodes.Purpose("p_election", "election purpose"), c => c.Election),
        Coded("ceasefire_class", "ceasefire class", EthPrioCodes.CeasefireClass, c => c.Class),
        Coded("side", "unilateral, bilateral or multilateral", EthPrioCodes.Side, c => c.Side),
        Coded("implement", "implementation mechanism", EthPrioCodes.Implement, c => c.Implement),
        Coded("enforcement", "enforcement", EthPrioCodes.Enforcement, c => c.Enforcement),
        Coded("ddr", "DDR provisions", EthPrioCodes.Ddr, c => c.Ddr),
        Coded("timing", "timing", EthPrioCodes.Timing, c => c.Timing),
        Coded("truce", "truce", EthPrioCodes.Purpose("truce", "truce"), c => c.Truce),
        new("year", "year the ceasefire took effect", null, c => c.Start?.Year, null),
        new("fixed_time", "fixed duration in days", null, c => c.FixedDays, null),
        new("region", "region code", null, c => c.Region, null),
        new("location", "country", null, null, c => c.Location),
    ];

    /// <summary>The feature called <paramref name="name"/> (or an alias: mediated, humanitarian, class, peace_process, fixed_days).</summary>
    public static CeasefireFeature Find(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var key = name.Trim();
        if (Aliases.TryGetValue(key, out var real))
        {
            key = real;
        }
        return All.FirstOrDefault(f => string.Equals(f.Name, key, StringComparison.OrdinalIgnoreCase))
               ?? throw new ModelException(
                   $"unknown ceasefire feature '{name.Trim()}': use one of {string.Join(", ", All.Select(f => f.Name))}");
    }

    private static CeasefireFeature Coded(string name, string description, CodeList codes, Func<Ceasefire, int> value) =>
        new(name, description, codes, c => value(c), null);
}
