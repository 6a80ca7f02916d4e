using System.Collections.Immutable;
using Parley.Domain;

namespace Parley.Negotiation.Reservation;

/// <summary>Reservation values that never move.</summary>
internal sealed class ConstantReservationValues : IReservationValues
{
    /// <summary>Creates the values, one per party; each must be finite.</summary>
    public ConstantReservationValues(IEnumerable<double> values)
    {
        Values = values.ToImmutableArray();
        if (Values.Any(v => !double.IsFinite(v)))
        {
            throw new ModelException("a constant reservation value is not a finite number");
        }
    }

    /// <summary>One value per party.</summary>
    public ImmutableArray<double> Values { get; }

    /// <inheritdoc />
    public void Update(int round, Span<double> reservations)
    {
        if (reservations.Length != Values.Length)
        {
            throw new ModelException($"{Values.Length} constant reservation values were given for {reservations.Length} parties: give one per party");
        }
        Values.AsSpan().CopyTo(reservations);
    }
}
