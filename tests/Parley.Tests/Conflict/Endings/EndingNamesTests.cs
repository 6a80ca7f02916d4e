using Parley.Domain.Endings;

namespace Parley.Tests.Conflict.Endings;

public class EndingNamesTests
{
    [Fact]
    public void The_eight_endings_of_issue_4_in_order()
    {
        Assert.Equal(
            ["negotiated-settlement", "ceasefire-held", "ceasefire-collapsed", "capitulation", "military-victory", "extermination-expulsion", "withdrawal", "stalemate"],
            EndingNames.All.Select(EndingNames.Name));
    }

    [Fact]
    public void Names_round_trip()
    {
        foreach (var ending in EndingNames.All)
        {
            Assert.True(EndingNames.TryParse(EndingNames.Name(ending).ToUpperInvariant(), out var parsed));
            Assert.Equal(ending, parsed);
        }
        Assert.False(EndingNames.TryParse("armistice", out _));
    }

    [Fact]
    public void Agreements_and_decisive_endings()
    {
        Assert.Equal([Ending.NegotiatedSettlement, Ending.CeasefireHeld, Ending.CeasefireCollapsed], EndingNames.All.Where(EndingNames.IsAgreement));
        Assert.Equal([Ending.Capitulation, Ending.MilitaryVictory, Ending.ExterminationOrExpulsion, Ending.Withdrawal], EndingNames.All.Where(EndingNames.IsDecisive));
    }
}
