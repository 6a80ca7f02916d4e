namespace Parley.Negotiation.Reservation;

/// <summary>
/// Where the engine gets each party's current reservation value (what walking away, i.e. fighting
/// on, is worth to it). The engine calls <see cref="Update"/> at the start of every round of a
/// negotiation, rounds in increasing order, for every party; strategies then see their own value
/// only. The war process implements this to move reservation values as the fighting goes on;
/// an implementation may keep state, so give each concurrent negotiation its own instance.
/// </summary>
public interface IReservationValues
{
    /// <summary>Writes each party's reservation value for round <paramref name="round"/> (1-based) into <paramref name="reservations"/>, which holds the previous round's values (the profiles' values before round 1).</summary>
    void Update(int round, Span<double> reservations);
}
