namespace Parley.Analysis.Frontier;

/// <summary>Frontier points stored flat: utilities at [i*Parties ..], value indices at [i*Issues ..].</summary>
internal sealed class RawFrontier(double[] utilities, int[] digits, int count, int parties, int issues)
{
    public double[] Utilities { get; } = utilities;

    public int[] Digits { get; } = digits;

    public int Count { get; } = count;

    public int Parties { get; } = parties;

    public int Issues { get; } = issues;

    public ReadOnlySpan<double> UtilitiesOf(int point) => Utilities.AsSpan(point * Parties, Parties);

    public ReadOnlySpan<int> DigitsOf(int point) => Digits.AsSpan(point * Issues, Issues);

    public static RawFrontier Empty(int parties, int issues) => new([], [], 0, parties, issues);
}
