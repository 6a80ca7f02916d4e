using System.Collections.Immutable;
using Parley.Domain;

namespace Parley.Negotiation.Reservation;

/// <summary>
/// Reservation values read from a per-round table: row k holds every party's value in round k + 1;
/// after the last row the last row's values hold. Useful to replay how a war moved what each side
/// would settle for, or to test strategies against a known schedule.
/// </summary>
public sealed class ScriptedReservationValues : IReservationValues
{
    /// <summary>Creates the script; needs at least one row, every row with the same number of finite values.</summary>
    public ScriptedReservationValues(IEnumerable<IEnumerable<double>> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        Rows = rows.Select(r => r.ToImmutableArray()).ToImmutableArray();
        if (Rows.IsEmpty)
        {
            throw new ModelException("a reservation-value script has no rows: give one row per round");
        }
        for (var k = 0; k < Rows.Length; k++)
        {
            if (Rows[k].Length != Rows[0].Length || Rows[k].IsEmpty)
            {
                throw new ModelException($"reservation-value script row {k + 1} has {Rows[k].Length} values but row 1 has {Rows[0].Length}: give one value per party in every row");
            }
            if (Rows[k].Any(v => !double.IsFinite(v)))
            {
                throw new ModelException($"reservation-value script row {k + 1} has a non-finite value");
            }
        }
    }

    /// <summary>Row k: the values for round k + 1.</summary>
    public ImmutableArray<ImmutableArray<double>> Rows { get; }

    /// <inheritdoc />
    public void Update(int round, Span<double> reservations)
    {
        if (round < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(round), round, "rounds start at 1");
        }
        var row = Rows[Math.Min(round, Rows.Length) - 1];
        if (reservations.Length != row.Length)
        {
            throw new ModelException($"the reservation-value script has {row.Length} values per row for {reservations.Length} parties: give one per party");
        }
        row.AsSpan().CopyTo(reservations);
    }
}
