using Parley.Domain;

namespace Parley.Simulation.Parameters;

/// <summary>
/// A named model preset: what it is, where it comes from, its documented parameters, and how to
/// build a runnable model from resolved parameter values.
/// </summary>
public sealed class ModelDescriptor
{
    private readonly Func<ParameterSet, IRunModel> _create;

    /// <summary>Creates the descriptor.</summary>
    /// <param name="name">The preset's name, e.g. <c>smith-stam</c>.</param>
    /// <param name="title">One line: the model and its source.</param>
    /// <param name="provenance">How well the implementation is grounded: [READ], [STD] or [MEM] with a word of explanation.</param>
    /// <param name="parameters">Every parameter: name, default, domain, unit and meaning, declared once here.</param>
    /// <param name="create">Builds the model from resolved values (validates cross-parameter constraints).</param>
    public ModelDescriptor(string name, string title, string provenance, IReadOnlyList<ModelParameter> parameters, Func<ParameterSet, IRunModel> create)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(create);
        var duplicate = parameters.GroupBy(p => p.Name).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ModelException(spell => $"model {name} declares parameter {spell(duplicate.Key)} twice");
        }
        Name = name;
        Title = title;
        Provenance = provenance;
        Parameters = parameters;
        _create = create;
    }

    /// <summary>The preset's name, e.g. <c>smith-stam</c>.</summary>
    public string Name { get; }

    /// <summary>The model and its source.</summary>
    public string Title { get; }

    /// <summary>Provenance tag and note.</summary>
    public string Provenance { get; }

    /// <summary>The parameters, in documentation order.</summary>
    public IReadOnlyList<ModelParameter> Parameters { get; }

    /// <summary>The parameter declared as <paramref name="name"/>; an unknown name throws a one-line <see cref="ModelException"/> listing the valid ones.</summary>
    public ModelParameter Parameter(string name)
    {
        var index = IndexOf(name);
        return index >= 0 ? Parameters[index] : throw NoSuchParameter(name);
    }

    /// <summary>
    /// Checks <paramref name="value"/> against the declared domain of parameter <paramref name="name"/>
    /// and returns it: models validate their constructor arguments through this, so that each domain is
    /// declared once.
    /// </summary>
    public double Check(string name, double value) => Parameter(name).Check(value);

    /// <summary>
    /// Resolves given values (by parameter name) against the defaults: an unknown name or a value
    /// outside its domain throws a one-line <see cref="ModelException"/> that lists the valid parameters.
    /// </summary>
    public ParameterSet Resolve(IReadOnlyDictionary<string, double>? given = null)
    {
        var values = new double[Parameters.Count];
        var isGiven = new bool[Parameters.Count];
        for (var i = 0; i < Parameters.Count; i++)
        {
            values[i] = Parameters[i].Default;
        }
        foreach (var (name, value) in given ?? new Dictionary<string, double>())
        {
            var index = IndexOf(name);
            if (index < 0)
            {
                throw NoSuchParameter(name);
            }
            values[index] = Parameters[index].Check(value);
            isGiven[index] = true;
        }
        return new ParameterSet(this, values, isGiven);
    }

    /// <summary>Builds the runnable model from resolved values.</summary>
    public IRunModel Create(ParameterSet parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        if (!ReferenceEquals(parameters.Model, this))
        {
            throw new ModelException($"parameters of model {parameters.Model.Name} given to model {Name}");
        }
        return _create(parameters);
    }

    /// <summary>Builds the model with every parameter at its default.</summary>
    public IRunModel CreateDefault() => Create(Resolve());

    internal ModelException NoSuchParameter(string name) =>
        new(spell => $"model {Name} has no parameter {spell(name)}: its parameters are {string.Join(", ", Parameters.Select(p => spell(p.Name)))}");

    internal int IndexOf(string name)
    {
        for (var i = 0; i < Parameters.Count; i++)
        {
            if (string.Equals(Parameters[i].Name, name, StringComparison.Ordinal))
            {
                return i;
            }
        }
        return -1;
    }
}
