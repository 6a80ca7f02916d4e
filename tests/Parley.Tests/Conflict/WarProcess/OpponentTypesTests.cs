using Parley.Conflict.WarProcess;

namespace Parley.Tests.Conflict.WarProcess;

/// <summary>The signalling model: beliefs over the other's private prior, screening offers, and rejections that rule out types.</summary>
public sealed class OpponentTypesTests
{
    [Fact]
    public void The_belief_is_a_discretised_normal_centred_on_the_mirror_of_the_believers_view()
    {
        // A believer with mean 0.7 expects the other at 0.3 (type 5 of 0.05, 0.10, ...): the weights
        // of 0.25 and 0.35 are equal, e^(-0.5) of the centre's with a spread of 0.05.
        var types = new OpponentTypes(0.7, 0.05, 20, 5, 10, 1, 1, 0.01, 1);
        var prior = types.Prior.ToArray();
        Assert.Equal(1, prior.Sum(), 12);
        Assert.Equal(0.3, OpponentTypes.TypeMean(5), 12);
        Assert.Equal(prior.Max(), prior[5]);
        Assert.Equal(prior[4], prior[6], 12);
        Assert.Equal(Math.Exp(-0.5), prior[4] / prior[5], 9);
    }

    [Fact]
    public void A_rejection_rules_out_the_types_that_would_have_accepted()
    {
        var belief = new double[OpponentTypes.Count];
        var values = new double[OpponentTypes.Count];
        for (var t = 0; t < OpponentTypes.Count; t++)
        {
            belief[t] = 1.0 / OpponentTypes.Count;
            values[t] = 0.05 * t;          // type t would accept any text worth at least 0.05 t
        }
        // A text worth 0.32 to the other was refused: types 0..6 (values 0 .. 0.30) would have taken it.
        OpponentTypes.Reject(belief, values, 0.32);
        Assert.All(belief.Take(7), b => Assert.Equal(0, b));
        Assert.All(belief.Skip(7), b => Assert.Equal(1.0 / OpponentTypes.Count, b));
        // A refusal of more than any type could want leaves only the most demanding type.
        OpponentTypes.Reject(belief, values, 2);
        Assert.Equal(1, belief[^1]);
        Assert.Equal(1, belief.Sum());
    }

    [Fact]
    public void The_proposer_trades_the_chance_of_acceptance_against_what_it_keeps()
    {
        // Two live types: half the mass demands 0.3, half 0.6 (the rest ruled out). Texts (own, other):
        // (0.9, 0.35): accepted by the soft type only: 0.5 x 0.9 + 0.5 x 0.5 = 0.70;
        // (0.6, 0.65): accepted by both: 0.60;
        // (0.4, 0.8): below the proposer's own value 0.5, never tabled.
        var belief = new double[OpponentTypes.Count];
        var values = new double[OpponentTypes.Count];
        Array.Fill(values, 10);
        belief[3] = 0.5;
        values[3] = 0.3;
        belief[9] = 0.5;
        values[9] = 0.6;
        double[] own = [0.9, 0.6, 0.4];
        double[] other = [0.35, 0.65, 0.8];
        double[] sure = [1, 1, 1];
        Assert.Equal(0, OpponentTypes.Propose(belief, values, 0.5, own, other, sure));
        // A text that holds with probability 0.3 is worth 0.5 + 0.5 x 0.3 x 0.4 = 0.56 against 0.60 for the other.
        Assert.Equal(1, OpponentTypes.Propose(belief, values, 0.5, own, other, [0.3, 1, 1]));
        // Once the soft type is ruled out, only the text both types take is worth tabling.
        OpponentTypes.Reject(belief, values, 0.35);
        Assert.Equal(1, OpponentTypes.Propose(belief, values, 0.5, own, other, sure));
        // A proposer that keeps more by fighting on (0.65) tables nothing.
        Assert.Equal(-1, OpponentTypes.Propose(belief, values, 0.65, own, other, sure));
    }
}
