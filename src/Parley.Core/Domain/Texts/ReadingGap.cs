namespace Parley.Domain.Texts;

/// <summary>
/// The gap between the readings of an agreed text: once it is agreed each side acts on the reading it
/// prefers, and each loses (on its own 0-1 utility scale) what the other's reading costs it.
/// </summary>
/// <param name="A">What the first side loses when the second acts on its preferred reading: U_A(A's reading) − U_A(B's reading).</param>
/// <param name="B">What the second side loses when the first does: U_B(B's reading) − U_B(A's reading).</param>
public readonly record struct ReadingGap(double A, double B)
{
    /// <summary>No gap: the text reads one way to both sides.</summary>
    public static ReadingGap None => default;
}
