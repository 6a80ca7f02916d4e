using BenchmarkDotNet.Attributes;
using Parley.Data;
using Parley.Data.Agreements;
using Parley.Data.BaseRates;
using Parley.Data.Datasets;
using Parley.Data.Datasets.EthPrio;
using Parley.Data.Datasets.Ucdp;
using Parley.Data.Priors;
using Parley.Data.Summary;
using Parley.Data.Survival;

namespace Parley.Benchmarks.Data;

/// <summary>
/// Issue 6's performance target: every dataset loads and every summary computes in under 2 s.
/// <see cref="LoadAndComputeEverything"/> is the figure to report; the other two split it.
/// </summary>
[MemoryDiagnoser]
public class DataBenchmarks
{
    private string _directory = string.Empty;
    private ConflictData? _data;

    [GlobalSetup]
    public void Setup()
    {
        _directory = BenchData.Datasets;
        _data = ConflictData.Load(_directory);
    }

    [Benchmark]
    public int LoadAll() => ConflictData.Load(_directory).Notes.Count;

    [Benchmark]
    public int ComputeEverything() => ComputeAll(_data!);

    [Benchmark]
    public int LoadAndComputeEverything() => ComputeAll(ConflictData.Load(_directory));

    /// <summary>Every analysis the data commands offer, with every split.</summary>
    public static int ComputeAll(ConflictData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var work = DataSummaries.Of(data).Count;
        var endings = UcdpTerminationReader.Endings(data.UcdpDyadYears);
        foreach (var split in new[] { EndingSplit.None, EndingSplit.Type, EndingSplit.Era, EndingSplit.Type | EndingSplit.Era })
        {
            work += EndingBaseRates.Cow(data.CowInterStateWars, split).Groups.Count;
            work += EndingBaseRates.Cow(data.CowIntraStateWars, split).Groups.Count;
            work += EndingBaseRates.Ucdp(endings, split).Groups.Count;
        }
        work += Durations.Cow(data.CowInterStateWars).Count + Durations.Cow(data.CowIntraStateWars).Count;
        work += Durations.Ucdp(UcdpTerminationReader.Episodes(data.UcdpDyadYears)).Count;
        var coded = CeasefireFeatures.All.Where(f => f.IsCoded).Select(f => f.Name).ToArray();
        foreach (var ev in new[] { CeasefireEvent.Breakdown, CeasefireEvent.AnyEnd })
        {
            work += CeasefireSurvival.Analyse(data.Ceasefires, CeasefireFilter.All, coded, ev).Splits.Count;
            work += CeasefireSurvival.Curves(data.Ceasefires, CeasefireFilter.All, coded, ev).Count;
        }
        work += AgreementContent.Ucdp(data.UcdpPeaceAgreements).Count;
        work += AgreementContent.Pax(data.PaxAgreements).Count;
        work += AgreementContent.PaxStages(data.PaxAgreements).Groups.Count;
        work += AgreementContent.PaxTypes(data.PaxAgreements).Categories.Count;
        work += AgreementContent.IsraelPalestine(data.PaxAgreements).Count;
        work += CeasefirePriors.Hazard(data.Ceasefires, CeasefireFilter.Parse("written=1|2,mediator_nego=1")).Events;
        work += EndingPriors.Ucdp(endings).Cases;
        return work;
    }
}
