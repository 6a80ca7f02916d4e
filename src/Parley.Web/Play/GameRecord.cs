using System.Collections.Immutable;
using Parley.Application.Play;
using Parley.Web.Scenarios;

namespace Parley.Web.Play;

/// <summary>A game of the dashboard: the library's game, its scenario, the secret key of each person's seat and its class.</summary>
/// <param name="Id">The game's id.</param>
/// <param name="Scenario">The scenario.</param>
/// <param name="Game">The game.</param>
/// <param name="SeatKeys">Seat index to its secret key (one link per person).</param>
/// <param name="ClassCode">The class the game belongs to (empty: none).</param>
/// <param name="Players">The names the people gave, by seat.</param>
public sealed record GameRecord(string Id, ScenarioEntry Scenario, TableGame Game, ImmutableDictionary<int, string> SeatKeys, string ClassCode, ImmutableDictionary<int, string> Players)
{
    /// <summary>The address of a seat's page.</summary>
    public string SeatLink(int seat) => $"/play/{Uri.EscapeDataString(Scenario.Id)}?game={Id}&seat={seat}&key={SeatKeys[seat]}";
}
