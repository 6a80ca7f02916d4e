namespace Parley.Conflict.Models;

/// <summary>
/// The uninformed side's offer rule shared by the Filson–Werner and Slantchev presets (a myopic,
/// one-step-look-ahead screening rule chosen for this implementation, not taken from either paper).
/// B is strong or weak; A believes it strong with probability μ. A can make the pooling demand
/// x_S = 1 − V_B^S that both types accept, or the screening demand x_W = 1 − V_B^W that only a weak B
/// accepts (a weak B still rejects it with the bluff probability β). After a rejection A fights on and
/// values the continuation at its war value against each type, so
/// EU(screen) = (1 − μ)(1 − β)·x_W + μ·V_A^S + (1 − μ)·β·V_A^W, and A screens iff EU(screen) &gt; x_S.
/// </summary>
internal static class ScreeningDemand
{
    /// <summary>Chooses A's demand.</summary>
    /// <param name="belief">μ, A's probability that B is strong.</param>
    /// <param name="bluff">β, the probability that a weak B rejects the screening demand.</param>
    /// <param name="valueAStrong">V_A^S, A's war value against a strong B.</param>
    /// <param name="valueAWeak">V_A^W, A's war value against a weak B.</param>
    /// <param name="valueBStrong">V_B^S, a strong B's war value.</param>
    /// <param name="valueBWeak">V_B^W, a weak B's war value.</param>
    /// <param name="screening">True when the demand is the screening one (x_W &gt; x_S).</param>
    /// <returns>The demand, A's share in [0, 1].</returns>
    public static double Choose(double belief, double bluff, double valueAStrong, double valueAWeak,
        double valueBStrong, double valueBWeak, out bool screening)
    {
        var pooling = ModelChecks.Clamp01(1 - valueBStrong);
        var separating = ModelChecks.Clamp01(1 - valueBWeak);
        screening = false;
        if (separating > pooling)
        {
            var expected = ((1 - belief) * (1 - bluff) * separating) + (belief * valueAStrong) + ((1 - belief) * bluff * valueAWeak);
            screening = expected > pooling;
        }
        return screening ? separating : pooling;
    }

    /// <summary>
    /// The bluffing rate chosen in equilibrium (semi-separating): the β* at which the uninformed A is
    /// indifferent between the screening and the pooling demand, EU(screen; β*) = x_S, i.e.
    /// <code>  β* = [(1 − μ)·x_W + μ·V_A^S − x_S] / [(1 − μ)·(x_W − V_A^W)]  </code>
    /// Writing a = x_W − x_S (what screening gains), b = x_W − V_A^S and c = x_W − V_A^W,
    /// β* = (a − μb) / ((1 − μ)c). Comparative statics (for β* inside (0, 1)):
    /// ∂β*/∂μ = (a − b)/((1 − μ)²c) = (V_A^S − x_S)/((1 − μ)²c) &lt; 0 whenever fighting a strong B costs
    /// anything (V_A^S + V_B^S &lt; 1): the more A already believes B strong, the less a weak B needs to
    /// bluff. β* rises with V_A^S and V_A^W (∂β*/∂V_A^S = μ/((1 − μ)c) &gt; 0; ∂β*/∂V_A^W = β*/c &gt; 0), so
    /// higher war costs for A lower it: fighting is worse for A, so less bluffing keeps A from screening.
    /// It rises as the pooling demand x_S falls (a larger screening prize a, other things equal). When screening does not pay even against an honest weak type
    /// (numerator ≤ 0), A pools, nobody bluffs, and the rate returned is 0; when A would screen even
    /// against a weak type that always bluffs, β* is capped at 1.
    /// <para>
    /// Only the uninformed side's indifference is imposed: the weak type's own indifference, which in a
    /// full semi-separating equilibrium pins A's mixing between the two demands, is not modelled (A's
    /// continuation uses the full-information war values), and A makes the screening demand when
    /// indifferent. This is Parley's construction, not taken from Filson and Werner or Slantchev.
    /// </para>
    /// </summary>
    /// <param name="belief">μ, A's probability that B is strong.</param>
    /// <param name="valueAStrong">V_A^S.</param>
    /// <param name="valueAWeak">V_A^W.</param>
    /// <param name="valueBStrong">V_B^S.</param>
    /// <param name="valueBWeak">V_B^W.</param>
    /// <param name="screening">True when A makes the screening demand.</param>
    /// <returns>β*, the weak type's equilibrium bluffing probability at this state (0 when A pools).</returns>
    public static double EquilibriumBluff(double belief, double valueAStrong, double valueAWeak,
        double valueBStrong, double valueBWeak, out bool screening)
    {
        var pooling = ModelChecks.Clamp01(1 - valueBStrong);
        var separating = ModelChecks.Clamp01(1 - valueBWeak);
        var gain = ((1 - belief) * separating) + (belief * valueAStrong) - pooling;
        var spread = (1 - belief) * (separating - valueAWeak);
        screening = separating > pooling && gain > 0 && spread > 0;
        return screening ? Math.Min(1, gain / spread) : 0;
    }

    /// <summary>μ after B rejects a screening demand: a strong B always rejects, a weak one with probability β.</summary>
    public static double AfterRejection(double belief, double bluff)
    {
        var rejection = belief + ((1 - belief) * bluff);
        return rejection > 0 ? belief / rejection : belief;
    }

    /// <summary>μ after a battle that A won (<paramref name="aWon"/>) or lost, given A's win chance against each type.</summary>
    public static double AfterBattle(double belief, bool aWon, double winVsStrong, double winVsWeak)
    {
        var strong = belief * (aWon ? winVsStrong : 1 - winVsStrong);
        var weak = (1 - belief) * (aWon ? winVsWeak : 1 - winVsWeak);
        return strong / (strong + weak);
    }
}
