using BenchmarkDotNet.Attributes;
using Parley.Analysis;
using Parley.Analysis.Range;

namespace Parley.Benchmarks.Analysis;

/// <summary>
/// Issue 12, §4: the whole analysis (frontier, solution points, bargaining range, deal-killer check)
/// on two-party additive spaces of 10^12 (range counted exactly, meet in the middle) and 10^15 texts
/// (certified bounds on the range, <see cref="GridRangeCounter"/>). Run with
/// <c>dotnet run -c Release --project bench/Parley.Benchmarks -- --filter *LargeSpace*</c>.
/// </summary>
[MemoryDiagnoser]
public class LargeSpaceBenchmarks
{
    private BargainingProblem _problem = null!;

    /// <summary>Space shape: issues x options.</summary>
    [Params("12x10 (10^12)", "15x10 (10^15)")]
    public string Shape { get; set; } = "12x10 (10^12)";

    [GlobalSetup]
    public void Setup()
    {
        var issues = int.Parse(Shape.Split('x')[0], System.Globalization.CultureInfo.InvariantCulture);
        _problem = RandomAdditiveSpaces.Create(issues, 10, reservation: 0.5);
    }

    [Benchmark]
    public AnalysisResult Analyze() => BargainingAnalysis.Analyze(_problem);

    [Benchmark]
    public RangeCount RangeOnly() => BargainingAnalysis.CountRangeBounds(_problem);

    [Benchmark]
    public int FrontierOnly() => BargainingAnalysis.ParetoFrontier(_problem).Length;
}
