namespace Parley.Conflict.WarProcess;

/// <summary>
/// What one side believes about the other's private prior, and how offers and rejections change it
/// (docs/war-process.md, "Signalling"). The other side's type is the mean of its Beta prior over its
/// own chance of winning a battle, on a grid from 0.05 to 0.95 in steps of 0.05; the weight of that
/// prior (wins + losses) is common knowledge, its mean private. The believer's prior over the types
/// is a discretised normal centred on the mirror of its own view (it expects the other to see the war
/// as it does: mean 1 − its own) with standard deviation <c>opponent_type_spread</c>. For each type,
/// the other's value of fighting on is tabulated once per hypothesis (at the other's mean cost rate,
/// which the believer knows; its draw for the run it does not).
/// <para>
/// As proposer, the believer tables the frontier text that maximises its expected payoff
/// Pr(accept) x u(text) + (1 − Pr(accept)) x r, where Pr(accept) is the belief mass of the types whose
/// value of fighting on is at most the text's value to the other, among texts worth at least its own
/// r. A rejection of a text rules out every type that would have accepted it (their value at most
/// the text's value to the other): the types are fixed priors, so a ruled-out type stays ruled out
/// while the values of the rest move with the battles. Should every type be ruled out (the other's
/// drawn costs are lower than the believer assumed), the believer keeps only the most demanding type.
/// </para>
/// </summary>
internal sealed class OpponentTypes
{
    /// <summary>The grid of type means: 0.05, 0.10, ..., 0.95.</summary>
    public const int Count = 19;

    /// <summary>Largest number of (round, position) cells kept for all types together (40 MB with both tables of each type).</summary>
    private const int MaxCells = 2_500_000;

    private readonly FightingValueTable[] _tables;
    private readonly double[] _prior;
    private readonly double _roundCost;

    /// <summary>Tabulates the other side's value of fighting on for every type.</summary>
    /// <param name="believerMean">The believer's own prior mean of its battle odds.</param>
    /// <param name="spread">Standard deviation of the believer's prior over the other's type mean.</param>
    /// <param name="otherStrength">The other's prior weight, wins + losses.</param>
    /// <param name="otherStart">The other's own position at the start.</param>
    /// <param name="size">Victory position.</param>
    /// <param name="battlesPerRound">Battles per round.</param>
    /// <param name="otherTolerance">The other's cost tolerance.</param>
    /// <param name="otherRoundCost">The other's mean cost per round.</param>
    /// <param name="otherDiscount">The other's discount factor per round.</param>
    public OpponentTypes(double believerMean, double spread, double otherStrength, int otherStart, int size, int battlesPerRound,
        double otherTolerance, double otherRoundCost, double otherDiscount)
    {
        _roundCost = otherRoundCost;
        _tables = new FightingValueTable[Count];
        _prior = new double[Count];
        var centre = 1 - believerMean;
        // At most MaxCells values in all (with no cost the tolerance never binds and the tables would
        // run to FightingValueTable.MaxRounds): beyond, a type's value is that of giving up.
        var rounds = Math.Min(FightingValueTable.ToleranceRounds(otherTolerance, otherRoundCost), Math.Max(1, MaxCells / (Count * (size + 1))));
        for (var t = 0; t < Count; t++)
        {
            var mean = TypeMean(t);
            _tables[t] = new FightingValueTable();
            _tables[t].Compute(mean * otherStrength, (1 - mean) * otherStrength, otherStart, size, battlesPerRound, rounds, otherDiscount);
            var z = (mean - centre) / spread;
            _prior[t] = Math.Exp(-0.5 * z * z);
        }
        var total = _prior.Sum();
        if (!(total > 0))
        {
            // A spread too narrow for the grid: all weight on the type nearest the centre.
            Array.Clear(_prior);
            _prior[Math.Clamp((int)Math.Round((centre - 0.05) / 0.05), 0, Count - 1)] = 1;
            total = 1;
        }
        for (var t = 0; t < Count; t++)
        {
            _prior[t] /= total;
        }
    }

    /// <summary>The prior mean of type <paramref name="type"/>.</summary>
    public static double TypeMean(int type) => 0.05 * (type + 1);

    /// <summary>The believer's belief before any talks.</summary>
    public ReadOnlySpan<double> Prior => _prior;

    /// <summary>Each type's value of fighting on after <paramref name="roundsFought"/> rounds at the other's position <paramref name="otherPosition"/>.</summary>
    public void Values(int roundsFought, int otherPosition, Span<double> values)
    {
        for (var t = 0; t < Count; t++)
        {
            values[t] = _tables[t].Value(roundsFought, otherPosition, _roundCost);
        }
    }

    /// <summary>
    /// The text the believer tables: the index into <paramref name="own"/>/<paramref name="other"/>
    /// (its and the other's utilities of the frontier texts) maximising its expected payoff
    /// r + Pr(accept)·S·(u − r), S the text's chance of holding (<paramref name="holds"/>; each text is worth
    /// S·u + (1 − S)·r once agreed), or −1 when it expects no text worth its reservation value
    /// <paramref name="reservation"/> to be accepted.
    /// </summary>
    public static int Propose(ReadOnlySpan<double> belief, ReadOnlySpan<double> typeValues, double reservation, ReadOnlySpan<double> own, ReadOnlySpan<double> other, ReadOnlySpan<double> holds)
    {
        var total = 0.0;
        for (var t = 0; t < Count; t++)
        {
            total += belief[t];
        }
        var best = -1;
        var bestPayoff = double.NegativeInfinity;
        for (var x = 0; x < own.Length; x++)
        {
            if (own[x] < reservation)
            {
                continue;
            }
            var accept = 0.0;
            for (var t = 0; t < Count; t++)
            {
                if (belief[t] > 0 && typeValues[t] <= other[x])
                {
                    accept += belief[t];
                }
            }
            if (accept <= 0)
            {
                continue;
            }
            var p = accept / total;
            var payoff = reservation + (p * holds[x] * (own[x] - reservation));
            if (payoff > bestPayoff)
            {
                bestPayoff = payoff;
                best = x;
            }
        }
        return best;
    }

    /// <summary>After the other rejected a text worth <paramref name="offered"/> to it: rules out the types that would have accepted it.</summary>
    public static void Reject(Span<double> belief, ReadOnlySpan<double> typeValues, double offered)
    {
        var left = 0.0;
        var demanding = 0;
        for (var t = 0; t < Count; t++)
        {
            if (typeValues[t] <= offered)
            {
                belief[t] = 0;
            }
            left += belief[t];
            if (typeValues[t] > typeValues[demanding])
            {
                demanding = t;
            }
        }
        if (left <= 0)
        {
            belief[demanding] = 1;
        }
    }
}
