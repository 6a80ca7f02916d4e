using System.Globalization;
using Parley.Domain;

namespace Parley.Simulation.Parameters;

/// <summary>
/// One declared parameter of a model preset: its name, default, domain, unit and meaning. This is the
/// only place a parameter is declared: hosts generate their options, help and validation from it (the
/// command line spells the name as a flag, <c>--cost-a</c>), and the library's messages name it as
/// declared (<c>cost-a is -1: ...</c>) through <see cref="SettingMessage"/>.
/// </summary>
public sealed record ModelParameter
{
    /// <summary>Creates the parameter; the default must lie in the domain.</summary>
    /// <param name="name">Lower-case kebab-case name, e.g. <c>cost-a</c>.</param>
    /// <param name="defaultValue">The documented default.</param>
    /// <param name="domain">The allowed values.</param>
    /// <param name="description">What the parameter means (one line, no default: hosts add it).</param>
    /// <param name="unit">The unit of the value, e.g. "days" or "share of the stake"; null for a pure number or probability.</param>
    public ModelParameter(string name, double defaultValue, ParameterDomain domain, string description, string? unit = null)
    {
        if (string.IsNullOrEmpty(name) || !name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
        {
            throw new ModelException($"parameter name '{name}' must be lower-case kebab-case");
        }
        Name = name;
        Domain = domain;
        Description = description;
        Unit = unit;
        Default = Check(defaultValue);
    }

    /// <summary>The name, e.g. <c>cost-a</c>.</summary>
    public string Name { get; }

    /// <summary>The documented default.</summary>
    public double Default { get; }

    /// <summary>The default as it is written, in the invariant culture (e.g. <c>0.15</c>, <c>-1</c>).</summary>
    public string DefaultText => Default.ToString(CultureInfo.InvariantCulture);

    /// <summary>The allowed values.</summary>
    public ParameterDomain Domain { get; }

    /// <summary>What the parameter means.</summary>
    public string Description { get; }

    /// <summary>The unit of the value (e.g. "days", "share of the stake"), or null when it has none.</summary>
    public string? Unit { get; }

    /// <summary>The meaning with its unit, e.g. "A's cost per battle (share of the stake)".</summary>
    public string Meaning => Unit is null ? Description : $"{Description} ({Unit})";

    /// <summary>
    /// True when only the simulation uses the parameter and the model's closed form ignores it (e.g. the
    /// days a round lasts): hosts that show only the closed form do not offer it.
    /// </summary>
    public bool SimulationOnly { get; init; }

    /// <summary>True for a whole-number parameter (<see cref="ParameterDomain.Count"/>).</summary>
    public bool IsWholeNumber => Domain == ParameterDomain.Count;

    /// <summary>Returns <paramref name="value"/> when it lies in the domain; otherwise throws a one-line <see cref="ModelException"/> naming the parameter.</summary>
    public double Check(double value)
    {
        if (!Accepts(value))
        {
            var text = value.ToString(CultureInfo.InvariantCulture);
            throw new ModelException(name => $"{name(Name)} is {text}: it must be {DomainText}");
        }
        return value;
    }

    /// <summary>True when <paramref name="value"/> lies in the domain.</summary>
    public bool Accepts(double value) => !double.IsNaN(value) && Domain switch
    {
        ParameterDomain.Probability => value is >= 0 and <= 1,
        ParameterDomain.OpenProbability => value is > 0 and < 1,
        ParameterDomain.DiscountFactor => value is >= 0 and < 1,
        ParameterDomain.NonNegative => value >= 0 && double.IsFinite(value),
        ParameterDomain.Positive => value > 0 && double.IsFinite(value),
        ParameterDomain.Count => value >= 1 && value <= int.MaxValue && Math.Floor(value) == value,
        ParameterDomain.ProbabilityOrEquilibrium => value is >= 0 and <= 1 || value == -1,
        _ => false,
    };

    /// <summary>The domain in words, e.g. "a probability in [0, 1]".</summary>
    public string DomainText => Domain switch
    {
        ParameterDomain.Probability => "a probability in [0, 1]",
        ParameterDomain.OpenProbability => "a probability strictly between 0 and 1",
        ParameterDomain.DiscountFactor => "a discount factor in [0, 1)",
        ParameterDomain.NonNegative => Name.StartsWith("cost", StringComparison.Ordinal) ? "a non-negative cost" : "a non-negative number",
        ParameterDomain.Positive => "a positive number",
        ParameterDomain.Count => "a whole number of at least 1",
        ParameterDomain.ProbabilityOrEquilibrium => "a probability in [0, 1], or -1 to choose it in equilibrium",
        _ => "valid",
    };

    /// <summary>
    /// The help line a host shows for the parameter: meaning, unit, domain and default, e.g.
    /// "A's cost of war (share of the stake); a non-negative cost; default 0.1".
    /// </summary>
    public string Help => $"{char.ToUpperInvariant(Meaning[0])}{Meaning[1..]}; {DomainText}; default {DefaultText}";
}
