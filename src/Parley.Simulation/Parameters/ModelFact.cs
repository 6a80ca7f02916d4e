namespace Parley.Simulation.Parameters;

/// <summary>One analytic fact about a parameterised model (a closed-form value, a starting war value), with its meaning.</summary>
/// <param name="Name">camelCase name, used as the JSON key.</param>
/// <param name="Value">The value (NaN when it does not apply).</param>
/// <param name="Meaning">One line saying what it is.</param>
public sealed record ModelFact(string Name, double Value, string Meaning);
