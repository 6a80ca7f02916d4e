using Parley.Domain;
using Parley.Negotiation.Protocols;

namespace Parley.Negotiation.Strategies;

/// <summary>
/// Time-based concession (Faratin, Sierra and Jennings 1998, in the form the issue gives): target
/// u(t) = r + (u_max - r)(1 - t^e), with t = (rounds completed) / deadline, r the current
/// reservation value and u_max the party's best allowed utility (1 for normalised profiles).
/// e = 4 is Boulware (holds out, concedes late), e = 1 linear, e = 0.25 Conceder (concedes early);
/// e = +infinity never concedes before the deadline (hardheaded).
/// </summary>
internal sealed class TimeDependentStrategy : Strategy
{
    /// <summary>Boulware's exponent.</summary>
    public const double Boulware = 4.0;

    /// <summary>Linear concession's exponent.</summary>
    public const double Linear = 1.0;

    /// <summary>Conceder's exponent.</summary>
    public const double Conceder = 0.25;

    /// <summary>Creates the strategy with concession exponent <paramref name="exponent"/> (positive; +infinity allowed).</summary>
    public TimeDependentStrategy(PartyContext context, double exponent) : base(context)
    {
        if (!(exponent > 0))
        {
            throw new ModelException($"concession exponent {exponent} must be positive");
        }
        Exponent = exponent;
    }

    /// <summary>The exponent e.</summary>
    public double Exponent { get; }

    /// <inheritdoc />
    public override double TargetUtility(PartyView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return Target(view.Time, view.Reservation, Context.Outcomes.MaxUtility, Exponent);
    }

    /// <summary>u(t) = r + (max - r)(1 - t^e).</summary>
    public static double Target(double t, double reservation, double max, double exponent) =>
        reservation + ((max - reservation) * (1.0 - Math.Pow(t, exponent)));
}
