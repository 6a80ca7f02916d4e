using System.Globalization;

namespace Parley.Conflict.Models;

/// <summary>
/// Small helpers shared by the models. Parameter domains are not checked here: each is declared once,
/// in its model's <see cref="Simulation.Parameters.ModelDescriptor"/>, and checked through it.
/// </summary>
internal static class ModelChecks
{
    public static string Text(double value) => value.ToString(CultureInfo.InvariantCulture);

    public static double Clamp01(double value) => value < 0 ? 0 : value > 1 ? 1 : value;
}
