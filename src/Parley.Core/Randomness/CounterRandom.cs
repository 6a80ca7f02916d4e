namespace Parley.Randomness;

/// <summary>
/// A counter-based random stream: the n-th number of stream s under seed k is a pure function of
/// (k, s, n), computed by the SplitMix64 finaliser. Give each Monte Carlo run index its own stream
/// and results are identical whatever the thread count or scheduling. A mutable struct so that a
/// simulation loop can draw without allocating; copy it only on purpose.
/// </summary>
public struct CounterRandom
{
    private const ulong Golden = 0x9E3779B97F4A7C15UL;
    private readonly ulong _key;
    private ulong _counter;

    /// <summary>Creates stream <paramref name="stream"/> of seed <paramref name="seed"/>.</summary>
    public CounterRandom(ulong seed, ulong stream)
    {
        _key = Mix(Mix(seed ^ 0x5851F42D4C957F2DUL) + (stream * Golden) + 0x14057B7EF767814FUL);
        _counter = 0;
    }

    /// <summary>How many 64-bit numbers this stream has produced.</summary>
    public readonly ulong Position => _counter;

    /// <summary>The next 64 random bits.</summary>
    public ulong NextUInt64()
    {
        _counter++;
        return Mix(_key + (_counter * Golden));
    }

    /// <summary>A uniform double in [0, 1) with 53 random bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>A uniform integer in [0, <paramref name="exclusiveMax"/>) without modulo bias.</summary>
    public int NextInt(int exclusiveMax)
    {
        if (exclusiveMax <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(exclusiveMax), "must be positive");
        }
        // Lemire's multiply-shift with rejection.
        var range = (ulong)exclusiveMax;
        var product = (UInt128)NextUInt64() * range;
        var low = (ulong)product;
        if (low < range)
        {
            var threshold = (0UL - range) % range;
            while (low < threshold)
            {
                product = (UInt128)NextUInt64() * range;
                low = (ulong)product;
            }
        }
        return (int)(product >> 64);
    }

    /// <summary>True with probability <paramref name="p"/>.</summary>
    public bool Bernoulli(double p) => NextDouble() < p;

    /// <summary>A standard normal draw (Box-Muller; uses two uniforms).</summary>
    public double NextGaussian()
    {
        var u1 = 1.0 - NextDouble();
        var u2 = NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
