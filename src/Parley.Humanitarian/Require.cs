using Parley.Domain;

namespace Parley.Humanitarian;

/// <summary>Range checks that throw a one-line <see cref="ModelException"/> naming the field.</summary>
internal static class Require
{
    public static void NonNegative(double v, string field)
    {
        if (!(v >= 0))
        {
            throw new ModelException($"{field} is {v}: it must be zero or more");
        }
    }

    public static void Positive(double v, string field)
    {
        if (!(v > 0))
        {
            throw new ModelException($"{field} is {v}: it must be more than zero");
        }
    }

    public static void Share(double v, string field)
    {
        if (!(v >= 0 && v <= 1))
        {
            throw new ModelException($"{field} is {v}: a share must be between 0 and 1");
        }
    }
}
