namespace Parley.Simulation.Parameters;

/// <summary>Resolved values of every parameter of one model (defaults filled in, domains checked).</summary>
public sealed class ParameterSet
{
    private readonly double[] _values;
    private readonly bool[] _given;

    internal ParameterSet(ModelDescriptor model, double[] values, bool[] given)
    {
        Model = model;
        _values = values;
        _given = given;
    }

    /// <summary>The model these values belong to.</summary>
    public ModelDescriptor Model { get; }

    /// <summary>The value of parameter <paramref name="name"/>.</summary>
    public double this[string name] => _values[Index(name)];

    /// <summary>The value of a <see cref="ParameterDomain.Count"/> parameter as an integer.</summary>
    public int Count(string name) => checked((int)this[name]);

    /// <summary>True when the user gave the parameter (rather than taking its default).</summary>
    public bool IsGiven(string name) => _given[Index(name)];

    /// <summary>Every parameter with its value, in documentation order.</summary>
    public IEnumerable<(ModelParameter Parameter, double Value, bool IsGiven)> Entries =>
        Model.Parameters.Select((p, i) => (p, _values[i], _given[i]));

    private int Index(string name)
    {
        var index = Model.IndexOf(name);
        return index >= 0
            ? index
            : throw Model.NoSuchParameter(name);
    }
}
