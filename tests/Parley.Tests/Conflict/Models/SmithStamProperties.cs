using FsCheck.Xunit;
using Parley.Conflict.Models;
using Parley.Randomness;

namespace Parley.Tests.Conflict.Models;

/// <summary>
/// Run-by-run comparative statics of the Smith &amp; Stam preset. Every round draws exactly one number
/// (the battle), so two models fed the same stream see the same battles until one of them settles.
/// </summary>
public class SmithStamProperties
{
    private static int Rounds(SmithStamModel model, ulong seed, ulong run)
    {
        var random = new CounterRandom(seed, run);
        Span<double> values = stackalloc double[2];
        return model.Run(ref random, values).Rounds;
    }

    private static SmithStamModel WithCosts(double cost) => new(10, 5, 0.5, 14, 6, 6, 14, cost, cost, 1000, 7);

    [Property(MaxTest = 300)]
    public bool Costlier_war_never_lasts_longer(ulong seed, byte run, byte a, byte b)
    {
        // The deal condition W_A + W_B <= 1 only gets easier to meet as costs rise (W_i falls by c_i
        // times the expected number of battles), so on the same battles the costlier war settles no later.
        var low = Math.Min(a, b) / 255.0 * 0.05;
        var high = Math.Max(a, b) / 255.0 * 0.05;
        return Rounds(WithCosts(high), seed, run) <= Rounds(WithCosts(low), seed, run);
    }

    [Property(MaxTest = 300)]
    public bool Runs_are_reproducible_from_seed_and_index(ulong seed, ulong run)
    {
        var model = WithCosts(0.02);
        var first = new CounterRandom(seed, run);
        var second = new CounterRandom(seed, run);
        var v1 = new double[2];
        var v2 = new double[2];
        return model.Run(ref first, v1) == model.Run(ref second, v2)
            && BitConverter.DoubleToInt64Bits(v1[0]) == BitConverter.DoubleToInt64Bits(v2[0]);
    }
}
