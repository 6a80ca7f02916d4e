using System.Globalization;
using Parley.Domain;

namespace Parley.Conflict.Models;

/// <summary>One-line argument checks shared by the closed-form models (names as typed on the command line).</summary>
internal static class ModelChecks
{
    public static double Probability(double value, string name) =>
        value is >= 0 and <= 1 ? value : throw new ModelException($"--{name} is {Text(value)}: it must be a probability in [0, 1]");

    public static double Cost(double value, string name) =>
        value >= 0 && double.IsFinite(value) ? value : throw new ModelException($"--{name} is {Text(value)}: it must be a non-negative cost");

    public static double Discount(double value, string name) =>
        value is >= 0 and < 1 ? value : throw new ModelException($"--{name} is {Text(value)}: it must be a discount factor in [0, 1)");

    public static double OpenUnit(double value, string name) =>
        value is > 0 and < 1 ? value : throw new ModelException($"--{name} is {Text(value)}: it must be strictly between 0 and 1");

    public static string Text(double value) => value.ToString(CultureInfo.InvariantCulture);

    public static double Clamp01(double value) => value < 0 ? 0 : value > 1 ? 1 : value;
}
