namespace Parley.Conflict.WarProcess;

/// <summary>
/// One side's value of fighting on without settling, for every state of the war it can reach:
/// rounds fought t and its own position k on the control walk (k = size is its military victory,
/// worth 1; k = 0 its defeat, worth 0). It fights until a military end or until its cost tolerance
/// is spent after <see cref="Rounds"/> rounds, when it gives up (worth 0, as a defeat). Each round
/// costs it c (utility) at the start of the round and later payoffs are discounted by δ per round.
/// <para>
/// Battles follow the side's Bayesian predictive law: with a Beta(α, β) prior over its chance of
/// winning a battle, after s wins and f losses it wins the next with (α + s)/(α + β + s + f). That
/// law is exactly the mixture over the Beta prior of the fixed-odds walks, so this value equals the
/// Beta-average of the fixed-odds values, and the posterior needs no extra dimension: s and f follow
/// from (t, k) since s − f = k − k₀ and s + f = battles fought. Backward induction from the last round:
/// W = δ·E[1{victory} + 1{still fighting}·W'], D = 1 + δ·E[1{still fighting}·D'], and the value is
/// W − c·D (W: discounted chance of victory; D: discounted rounds fought), so one table serves every
/// per-round cost with the same tolerance. Nothing here depends on the simulation's horizon.
/// </para>
/// Instances are scratch space reused run after run (one per side per thread); computing a table
/// allocates only when it needs more room than the last.
/// </summary>
internal sealed class FightingValueTable
{
    /// <summary>Rounds the backward induction covers when costs are zero and the tolerance never binds (about 78 years of weekly rounds).</summary>
    public const int MaxRounds = 4096;

    private double[] _w = [];
    private double[] _d = [];
    private double[] _a = [];
    private double[] _b = [];
    private double[] _c = [];
    private double[] _e = [];
    private int _width;
    private int _size;

    /// <summary>Rounds of fighting the side can still bear from round 0 (its tolerance), at most <see cref="MaxRounds"/>.</summary>
    public int Rounds { get; private set; }

    /// <summary>Rounds of fighting until cumulative cost reaches <paramref name="tolerance"/> at <paramref name="costPerRound"/> a round, summed as the simulation sums it.</summary>
    public static int ToleranceRounds(double tolerance, double costPerRound)
    {
        if (!(costPerRound > 0))
        {
            return MaxRounds;
        }
        var spent = 0.0;
        var rounds = 0;
        while (spent < tolerance && rounds < MaxRounds)
        {
            spent += costPerRound;
            rounds++;
        }
        return rounds;
    }

    /// <summary>Fills the table by backward induction.</summary>
    /// <param name="alpha">Prior pseudo-count of the side's battle wins.</param>
    /// <param name="beta">Prior pseudo-count of its losses.</param>
    /// <param name="start">Its position at battle 0 (1..size-1).</param>
    /// <param name="size">Its victory position.</param>
    /// <param name="battlesPerRound">Battles per round.</param>
    /// <param name="rounds">Rounds it can bear (≥ 1).</param>
    /// <param name="discount">Discount factor per round, in (0, 1].</param>
    public void Compute(double alpha, double beta, int start, int size, int battlesPerRound, int rounds, double discount)
    {
        _size = size;
        _width = size + 1;
        Rounds = Math.Max(1, rounds);
        var cells = Rounds * _width;
        if (_w.Length < cells)
        {
            _w = new double[cells];
            _d = new double[cells];
        }
        if (_a.Length < _width)
        {
            _a = new double[_width];
            _b = new double[_width];
            _c = new double[_width];
            _e = new double[_width];
        }
        // (nextW, nextD): values at the start of round r + 1, with the absorbing ends; after the
        // last round the side gives up (0, and no more rounds fought).
        var nextW = _a;
        var nextD = _b;
        var tmpW = _c;
        var tmpD = _e;
        Array.Clear(nextW, 0, _width);
        Array.Clear(nextD, 0, _width);
        nextW[size] = 1;
        for (var r = Rounds - 1; r >= 0; r--)
        {
            // Within the round, battle by battle from the last: values at the end of the round.
            for (var i = battlesPerRound - 1; i >= 0; i--)
            {
                var m = ((long)r * battlesPerRound) + i;
                // Own wins so far s = (m + k − start)/2, so the predictive odds (α + s)/(α + β + m) are linear in k.
                var inverse = 1.0 / (alpha + beta + m);
                var atZero = (alpha + (0.5 * (m - start))) * inverse;
                var slope = 0.5 * inverse;
                for (var k = 1; k < size; k++)
                {
                    var p = Math.Clamp(atZero + (slope * k), 0.0, 1.0);
                    tmpW[k] = (p * nextW[k + 1]) + ((1 - p) * nextW[k - 1]);
                    tmpD[k] = (p * nextD[k + 1]) + ((1 - p) * nextD[k - 1]);
                }
                tmpW[0] = 0;
                tmpD[0] = 0;
                tmpW[size] = 1;
                tmpD[size] = 0;
                (nextW, tmpW) = (tmpW, nextW);
                (nextD, tmpD) = (tmpD, nextD);
            }
            // The start of round r: pay this round's cost, discount what it brings.
            var row = r * _width;
            for (var k = 1; k < size; k++)
            {
                nextW[k] *= discount;
                nextD[k] = 1 + (discount * nextD[k]);
                _w[row + k] = nextW[k];
                _d[row + k] = nextD[k];
            }
            _w[row] = 0;
            _d[row] = 0;
            _w[row + size] = 1;
            _d[row + size] = 0;
        }
    }

    /// <summary>The value of fighting on after <paramref name="roundsFought"/> rounds at position <paramref name="position"/>, at <paramref name="costPerRound"/> a round.</summary>
    public double Value(int roundsFought, int position, double costPerRound)
    {
        if (position >= _size)
        {
            return 1;
        }
        if (position <= 0 || roundsFought >= Rounds)
        {
            return 0;
        }
        var cell = (roundsFought * _width) + position;
        return _w[cell] - (costPerRound * _d[cell]);
    }

    /// <summary>The discounted chance of a military victory before the tolerance is spent.</summary>
    public double VictoryValue(int roundsFought, int position) =>
        position >= _size ? 1 : position <= 0 || roundsFought >= Rounds ? 0 : _w[(roundsFought * _width) + position];
}
