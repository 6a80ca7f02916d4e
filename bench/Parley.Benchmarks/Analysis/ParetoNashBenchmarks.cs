using BenchmarkDotNet.Attributes;
using Parley.Analysis;

namespace Parley.Benchmarks.Analysis;

/// <summary>
/// Two-party Pareto frontier + Nash point (issue 2, section 8). "Enumerated" forces the streaming
/// enumeration of every outcome (the path for non-additive profiles); "IssueByIssue" is the
/// default additive path; "Full" adds the exact bargaining-range count (meet in the middle).
/// </summary>
[MemoryDiagnoser]
public class ParetoNashBenchmarks
{
    private static readonly AnalysisOptions Enumerate = new() { ForceEnumeration = true, DiagnoseDealKillers = false };
    private static readonly AnalysisOptions Additive = new() { DiagnoseDealKillers = false };
    private BargainingProblem _problem = null!;

    /// <summary>Space shape: issues x options.</summary>
    [Params("6x10 (10^6)", "7x10 (10^7)", "10x10 (10^10)")]
    public string Shape { get; set; } = "6x10 (10^6)";

    [GlobalSetup]
    public void Setup()
    {
        var issues = int.Parse(Shape.Split('x')[0], System.Globalization.CultureInfo.InvariantCulture);
        _problem = RandomAdditiveSpaces.Create(issues, 10);
    }

    [Benchmark]
    public OutcomePoint? Enumerated()
    {
        if (_problem.Space.Count > 100_000_000)
        {
            return null;
        }
        return BargainingAnalysis.Analyze(_problem, Enumerate).Nash;
    }

    [Benchmark(Baseline = true)]
    public OutcomePoint? IssueByIssue() => BargainingAnalysis.Analyze(_problem, Additive).Nash;
}
