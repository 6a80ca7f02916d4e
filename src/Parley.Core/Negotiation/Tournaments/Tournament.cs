using System.Collections.Immutable;
using Parley.Domain;
using Parley.Negotiation.Strategies;

namespace Parley.Negotiation.Tournaments;

/// <summary>
/// Runs a tournament on all cores. Run i is a pure function of the spec and i: its options carry
/// RunIndex = i (so party p draws from stream i x 256 + p) and Seed = base seed + seed index;
/// results are stored by run index and aggregated in run order, so the result is identical
/// whatever the number of threads.
/// </summary>
public static class Tournament
{
    /// <summary>Runs every negotiation of <paramref name="spec"/> and aggregates per strategy.</summary>
    public static TournamentResult Run(TournamentSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (spec.Domains.IsDefaultOrEmpty)
        {
            throw new ModelException("a tournament needs at least one domain");
        }
        if (spec.Strategies.IsDefaultOrEmpty)
        {
            throw new ModelException("a tournament needs at least one strategy");
        }
        var s = spec.Strategies.Length;
        var perDomain = new long[spec.Domains.Length];
        var offsets = new long[spec.Domains.Length + 1];
        for (var d = 0; d < spec.Domains.Length; d++)
        {
            var tuples = Math.Pow(s, spec.Domains[d].PartyCount);
            var runs = tuples * spec.Seeds;
            if (runs > 50_000_000)
            {
                throw new ModelException($"domain '{spec.Domains[d].Name}' would need {runs:0} negotiations: use fewer strategies or seeds");
            }
            perDomain[d] = (long)tuples;
            offsets[d + 1] = offsets[d] + (long)runs;
        }
        var total = (int)Math.Min(offsets[^1], int.MaxValue);
        var runsOut = new TournamentRun[total];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = spec.MaxDegreeOfParallelism ?? -1 };
        Parallel.For(0, total, parallel, i => runsOut[i] = RunOne(spec, i, offsets, perDomain));
        return new TournamentResult(Aggregate(spec, runsOut), runsOut.ToImmutableArray());
    }

    private static TournamentRun RunOne(TournamentSpec spec, int index, long[] offsets, long[] perDomain)
    {
        var d = 0;
        while (index >= offsets[d + 1])
        {
            d++;
        }
        var local = index - offsets[d];
        var seedIndex = (int)(local / perDomain[d]);
        var tuple = local % perDomain[d];
        var domain = spec.Domains[d];
        var n = domain.PartyCount;
        var assignment = new int[n];
        var specs = new StrategySpec[n];
        for (var p = n - 1; p >= 0; p--)
        {
            assignment[p] = (int)(tuple % spec.Strategies.Length);
            tuple /= spec.Strategies.Length;
            specs[p] = spec.Strategies[assignment[p]];
        }
        var options = new NegotiationOptions
        {
            Deadline = spec.Deadline,
            Seed = spec.Seed + (ulong)seedIndex,
            RunIndex = index,
            RecordTrace = false,
        };
        var result = spec.Protocol.Run(domain, specs, options);
        return new TournamentRun(index, d, seedIndex, assignment.ToImmutableArray(), result.Ending, result.Rounds, result.Payoffs, result.DistanceToPareto, result.DistanceToNash);
    }

    private static ImmutableArray<StrategyStanding> Aggregate(TournamentSpec spec, TournamentRun[] runs)
    {
        var s = spec.Strategies.Length;
        var count = new int[s];
        var agreements = new int[s];
        var utility = new double[s];
        var rounds = new double[s];
        var nash = new double[s];
        var nashCount = new int[s];
        var pareto = new double[s];
        var paretoCount = new int[s];
        foreach (var run in runs)
        {
            for (var p = 0; p < run.Assignment.Length; p++)
            {
                var k = run.Assignment[p];
                count[k]++;
                utility[k] += run.Payoffs[p];
                rounds[k] += run.Rounds;
                if (run.Ending == SessionEnd.Agreement)
                {
                    agreements[k]++;
                    if (run.DistanceToNash is { } dn)
                    {
                        nash[k] += dn;
                        nashCount[k]++;
                    }
                    if (run.DistanceToPareto is { } dp)
                    {
                        pareto[k] += dp;
                        paretoCount[k]++;
                    }
                }
            }
        }
        var standings = new StrategyStanding[s];
        for (var k = 0; k < s; k++)
        {
            standings[k] = new StrategyStanding(
                spec.Strategies[k].Name,
                count[k],
                agreements[k],
                count[k] == 0 ? 0 : utility[k] / count[k],
                nashCount[k] == 0 ? null : nash[k] / nashCount[k],
                paretoCount[k] == 0 ? null : pareto[k] / paretoCount[k],
                count[k] == 0 ? 0 : rounds[k] / count[k]);
        }
        return standings.ToImmutableArray();
    }
}
