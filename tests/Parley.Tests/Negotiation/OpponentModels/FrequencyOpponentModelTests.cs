using Parley.Domain;
using Parley.Negotiation.OpponentModels;

namespace Parley.Tests.Negotiation.OpponentModels;

public class FrequencyOpponentModelTests
{
    [Fact]
    public void Weights_and_values_follow_the_hardheaded_update()
    {
        // Two issues of three values. Offers by party 1: (0, 2), then (0, 1).
        // Values: issue 0 counts [2, 0, 0] -> relative [1, 0, 0]; issue 1 counts [0, 1, 1] -> [0, 1, 1].
        // Weights: start 0.5, 0.5. The second offer keeps issue 0: it gains 0.2 / 2 = 0.1 and both
        // are divided by 1.1: 0.6 / 1.1 = 0.545455 and 0.5 / 1.1 = 0.454545.
        var space = new OutcomeSpace([new IntegerIssue("x", 0, 2), new IntegerIssue("y", 0, 2)]);
        var model = new FrequencyOpponentModel(space, parties: 2);

        Assert.True(model.Scores().IsEmpty);
        model.ObserveOffer(1, [0, 2]);
        model.ObserveOffer(1, [0, 1]);

        Assert.Equal(0.6 / 1.1, model.Weights[0], 12);
        Assert.Equal(0.5 / 1.1, model.Weights[1], 12);
        // Estimate of (0, 1): 0.545455 x 1 + 0.454545 x 1 = 1; of (1, 0): 0.
        Assert.Equal(1.0, model.Estimate([0, 1]), 12);
        Assert.Equal(0.0, model.Estimate([1, 0]), 12);
        // Of (0, 0): only issue 0 scores: 0.545455.
        Assert.Equal(0.6 / 1.1, model.Estimate([0, 0]), 12);
    }

    [Fact]
    public void Amendments_count_as_values_without_moving_weights()
    {
        var space = new OutcomeSpace([new IntegerIssue("x", 0, 2), new IntegerIssue("y", 0, 2)]);
        var model = new FrequencyOpponentModel(space, parties: 2);

        model.ObserveValue(1, 2);

        Assert.Equal([0.5, 0.5], model.Weights.ToArray());
        Assert.Equal(0.5, model.Estimate([0, 2]), 12);
    }
}
