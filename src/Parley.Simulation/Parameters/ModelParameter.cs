using System.Globalization;
using Parley.Domain;

namespace Parley.Simulation.Parameters;

/// <summary>
/// One documented parameter of a model preset: its command-line name (without the dashes), default,
/// domain and meaning.
/// </summary>
public sealed record ModelParameter
{
    /// <summary>Creates the parameter; the default must lie in the domain.</summary>
    public ModelParameter(string name, double defaultValue, ParameterDomain domain, string description)
    {
        if (string.IsNullOrEmpty(name) || !name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
        {
            throw new ModelException($"parameter name '{name}' must be lower-case kebab-case");
        }
        Name = name;
        Domain = domain;
        Description = description;
        Default = Check(defaultValue);
    }

    /// <summary>The name, e.g. <c>cost-a</c> (given on the command line as <c>--cost-a</c>).</summary>
    public string Name { get; }

    /// <summary>The documented default.</summary>
    public double Default { get; }

    /// <summary>The allowed values.</summary>
    public ParameterDomain Domain { get; }

    /// <summary>What the parameter means, with its unit.</summary>
    public string Description { get; }

    /// <summary>Returns <paramref name="value"/> when it lies in the domain; otherwise throws a one-line <see cref="ModelException"/>.</summary>
    public double Check(double value)
    {
        var text = value.ToString(CultureInfo.InvariantCulture);
        var ok = !double.IsNaN(value) && Domain switch
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
        if (!ok)
        {
            throw new ModelException($"--{Name} is {text}: it must be {DomainText}");
        }
        return value;
    }

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
}
