using Parley.Data.Statistics;
using Parley.Data.Survival;
using Parley.Domain.Endings;

namespace Parley.Simulation.Summaries;

/// <summary>
/// What a Monte Carlo simulation says, computed from the finished runs in run-index order (so it is
/// identical for any thread count): the distribution of endings, time to agreement, duration,
/// casualties, agreed terms, model-specific values, and ceasefire survival.
/// </summary>
public sealed class SimulationSummary
{
    /// <summary>The days at which ceasefire survival is reported.</summary>
    public static IReadOnlyList<int> SurvivalDays { get; } = [30, 90, 365];

    private SimulationSummary(MonteCarloResult result)
    {
        Model = result.Model;
        Seed = result.Options.Seed;
        RequestedRuns = result.Options.Runs;
        Runs = result.Runs;
        var records = result.RecordSpan;
        var endingCounts = new int[EndingNames.All.Count];
        var afterCollapse = new int[EndingNames.All.Count];
        int prevailingA = 0, prevailingB = 0, brokenByA = 0, brokenByB = 0;
        var agreementDays = new double[records.Length];
        var days = new double[records.Length];
        var rounds = new double[records.Length];
        var casualtiesA = new double[records.Length];
        var casualtiesB = new double[records.Length];
        var casualtiesTotal = new double[records.Length];
        var spells = new List<double>();
        var collapsed = new List<bool>();
        for (var i = 0; i < records.Length; i++)
        {
            var r = records[i];
            endingCounts[(int)r.Ending]++;
            if (r.FollowedBy is { } after)
            {
                afterCollapse[(int)after]++;
            }
            prevailingA += r.Prevailing == Side.A ? 1 : 0;
            prevailingB += r.Prevailing == Side.B ? 1 : 0;
            brokenByA += r.BrokenBy == Side.A ? 1 : 0;
            brokenByB += r.BrokenBy == Side.B ? 1 : 0;
            agreementDays[i] = r.AgreementDay;
            days[i] = r.Days;
            rounds[i] = r.Rounds;
            casualtiesA[i] = r.CasualtiesA;
            casualtiesB[i] = r.CasualtiesB;
            casualtiesTotal[i] = r.CasualtiesTotal;
            if (!double.IsNaN(r.CeasefireDays))
            {
                spells.Add(r.CeasefireDays);
                collapsed.Add(r.Ending == Ending.CeasefireCollapsed);
            }
        }
        Endings = [.. EndingNames.All.Select(e => new NamedCount(EndingNames.Name(e), endingCounts[(int)e]))];
        AfterCeasefireCollapse = [.. EndingNames.All.Where(e => afterCollapse[(int)e] > 0).Select(e => new NamedCount(EndingNames.Name(e), afterCollapse[(int)e]))];
        Prevailing = [new NamedCount("a", prevailingA), new NamedCount("b", prevailingB)];
        CeasefireBrokenBy = [new NamedCount("a", brokenByA), new NamedCount("b", brokenByB)];
        DaysToAgreement = Distribution.Of(agreementDays);
        Days = Distribution.Of(days);
        Rounds = Distribution.Of(rounds);
        CasualtiesA = Distribution.Of(casualtiesA);
        CasualtiesB = Distribution.Of(casualtiesB);
        CasualtiesTotal = Distribution.Of(casualtiesTotal);
        var terms = new List<NamedDistribution>();
        var others = new List<NamedDistribution>();
        for (var c = 0; c < result.Columns.Count; c++)
        {
            var entry = new NamedDistribution(result.Columns[c], Distribution.Of(result.ColumnValues(c)));
            (result.Columns[c].IsAgreedTerm ? terms : others).Add(entry);
        }
        AgreedTerms = terms;
        Values = others;
        Ceasefires = spells.Count;
        if (spells.Count > 0)
        {
            var curve = KaplanMeier.Estimate(spells.Select((d, i) => new SurvivalObservation(d, collapsed[i])));
            CeasefireCurve = curve;
            CeasefireHolds = [.. SurvivalDays.Select(d => curve.At(d))];
        }
        else
        {
            CeasefireHolds = [];
        }
    }

    /// <summary>Summarises <paramref name="result"/>.</summary>
    public static SimulationSummary Of(MonteCarloResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new SimulationSummary(result);
    }

    /// <summary>The model's name.</summary>
    public string Model { get; }

    /// <summary>The master seed.</summary>
    public ulong Seed { get; }

    /// <summary>Runs asked for.</summary>
    public int RequestedRuns { get; }

    /// <summary>Runs finished and summarised (the prefix 0..Runs-1).</summary>
    public int Runs { get; }

    /// <summary>True when every requested run finished.</summary>
    public bool IsComplete => Runs == RequestedRuns;

    /// <summary>Runs per ending, every ending listed in order.</summary>
    public IReadOnlyList<NamedCount> Endings { get; }

    /// <summary>What followed collapsed ceasefires (only endings that occurred).</summary>
    public IReadOnlyList<NamedCount> AfterCeasefireCollapse { get; }

    /// <summary>Decisive endings won by side a and side b.</summary>
    public IReadOnlyList<NamedCount> Prevailing { get; }

    /// <summary>Collapsed ceasefires broken first by side a and side b.</summary>
    public IReadOnlyList<NamedCount> CeasefireBrokenBy { get; }

    /// <summary>Day of agreement, over runs that reached one.</summary>
    public Distribution DaysToAgreement { get; }

    /// <summary>Days each run lasted.</summary>
    public Distribution Days { get; }

    /// <summary>Rounds of fighting per run.</summary>
    public Distribution Rounds { get; }

    /// <summary>Casualties of side A.</summary>
    public Distribution CasualtiesA { get; }

    /// <summary>Casualties of side B.</summary>
    public Distribution CasualtiesB { get; }

    /// <summary>Casualties of both sides.</summary>
    public Distribution CasualtiesTotal { get; }

    /// <summary>Agreed terms, over runs that agreed.</summary>
    public IReadOnlyList<NamedDistribution> AgreedTerms { get; }

    /// <summary>The model's other per-run values.</summary>
    public IReadOnlyList<NamedDistribution> Values { get; }

    /// <summary>Runs that reached a ceasefire.</summary>
    public int Ceasefires { get; }

    /// <summary>Kaplan–Meier P(ceasefire still holds) at 30, 90 and 365 days with 95% log-log bands; empty when no run had a ceasefire.</summary>
    public IReadOnlyList<SurvivalPoint> CeasefireHolds { get; }

    /// <summary>The Kaplan–Meier curve of the runs' ceasefires (one spell per run that had one: a collapse is the event, a ceasefire still holding at the end of its run is censored); null when no run had one.</summary>
    public KaplanMeierCurve? CeasefireCurve { get; }

    /// <summary>The days at which the JSON summary reports the ceasefire survival curve.</summary>
    public static IReadOnlyList<int> CurveDays { get; } = [7, 14, 30, 60, 90, 120, 180, 270, 365, 540, 730, 1095];

    /// <summary>The Monte Carlo standard error of a share <paramref name="count"/>/<see cref="Runs"/>: √(p(1 − p)/n).</summary>
    public double ShareStandardError(int count) => Runs == 0 ? double.NaN : Math.Sqrt((double)count / Runs * (1 - ((double)count / Runs)) / Runs);

    /// <summary>P(a first ceasefire still holds after <paramref name="day"/> days) with its band; throws when no run had a ceasefire.</summary>
    public SurvivalPoint CeasefireHoldsAt(double day) =>
        (CeasefireCurve ?? throw new InvalidOperationException("no run reached a ceasefire")).At(day);

    /// <summary>Runs that ended with <paramref name="ending"/>.</summary>
    public int Count(Ending ending) => Endings[(int)ending].Count;
}
