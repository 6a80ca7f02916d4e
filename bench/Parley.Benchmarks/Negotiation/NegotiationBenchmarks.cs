using BenchmarkDotNet.Attributes;
using Parley.Negotiation;
using Parley.Negotiation.OutcomeSearch;
using Parley.Negotiation.Protocols;
using Parley.Negotiation.Strategies;

namespace Parley.Benchmarks.Negotiation;

/// <summary>
/// Boulware against Boulware, alternating offers, 100 rounds, one negotiation per operation on
/// one thread. The profiles' outcome indices are built once in setup (as a tournament or a
/// Monte Carlo sweep does); <see cref="OutcomeIndexBuildBenchmarks"/> measures that one-off cost.
/// </summary>
[MemoryDiagnoser]
public class NegotiationBenchmarks
{
    private static readonly AlternatingOffersProtocol Protocol = new();
    private static readonly StrategySpec[] Boulwares = [StrategyCatalog.Get("boulware"), StrategyCatalog.Get("boulware")];
    private static readonly NegotiationOptions Untraced = new() { Deadline = 100, RecordTrace = false };
    private static readonly NegotiationOptions Traced = new() { Deadline = 100, RecordTrace = true };
    private NegotiationDomain _domain = null!;

    [Params("10k", "Travel", "1e8")]
    public string Domain { get; set; } = "10k";

    [GlobalSetup]
    public void Setup()
    {
        _domain = BenchmarkDomains.Named(Domain);
        foreach (var profile in _domain.Profiles)
        {
            OutcomeIndex.For(profile);
        }
        var check = Protocol.Run(_domain, Boulwares, Untraced);
        Console.WriteLine($"// {_domain.Name}: {_domain.Space.Count} outcomes, {check.Ending} after {check.Rounds} rounds");
    }

    [Benchmark(Baseline = true)]
    public int BoulwareVsBoulware() => Protocol.Run(_domain, Boulwares, Untraced).Rounds;

    [Benchmark]
    public int BoulwareVsBoulwareWithTrace() => Protocol.Run(_domain, Boulwares, Traced).Trace!.Events.Length;
}

/// <summary>The one-off cost of a profile's outcome index: enumerate the space and sort it by own utility (the 10^8 domain is never materialised).</summary>
[MemoryDiagnoser]
public class OutcomeIndexBuildBenchmarks
{
    private NegotiationDomain _domain = null!;

    [Params("10k", "Travel")]
    public string Domain { get; set; } = "10k";

    [GlobalSetup]
    public void Setup() => _domain = BenchmarkDomains.Named(Domain);

    [Benchmark]
    public double BuildSortedIndex() => new SortedOutcomeIndex(_domain.Profiles[0]).MaxUtility;
}
