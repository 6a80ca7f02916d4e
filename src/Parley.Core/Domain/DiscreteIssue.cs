using System.Collections.Immutable;

namespace Parley.Domain;

/// <summary>An issue with named, unordered options, e.g. aid administered by "UN agencies", "alternative scheme" or "mixed".</summary>
public sealed record DiscreteIssue : Issue
{
    private readonly ImmutableArray<string> _options;
    private readonly Dictionary<string, int> _lookup;

    /// <summary>Creates the issue; options must be non-empty and distinct.</summary>
    public DiscreteIssue(string name, IEnumerable<string> options) : base(name)
    {
        _options = options.ToImmutableArray();
        if (_options.IsEmpty)
        {
            throw new ModelException($"issue '{name}' has no options: give it at least one");
        }
        _lookup = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < _options.Length; i++)
        {
            if (string.IsNullOrEmpty(_options[i]))
            {
                throw new ModelException($"issue '{name}' has an empty option: name every option");
            }
            if (!_lookup.TryAdd(_options[i], i))
            {
                throw new ModelException($"issue '{name}' lists option '{_options[i]}' twice: options must be distinct");
            }
        }
    }

    /// <summary>The options in their given order.</summary>
    public ImmutableArray<string> Options => _options;

    /// <inheritdoc />
    public override int ValueCount => _options.Length;

    /// <inheritdoc />
    public override bool IsNumeric => false;

    /// <inheritdoc />
    public override string FormatValue(int index)
    {
        CheckIndex(index);
        return _options[index];
    }

    /// <inheritdoc />
    public override double NumericValue(int index)
    {
        CheckIndex(index);
        return index;
    }

    /// <inheritdoc />
    public override bool TryParseValue(string text, out int index) => _lookup.TryGetValue(text, out index);

    /// <inheritdoc />
    public override string DescribeValues() => "one of " + string.Join(", ", _options.Select(o => $"'{o}'"));

    /// <inheritdoc />
    public bool Equals(DiscreteIssue? other) =>
        other is not null && Name == other.Name && _options.SequenceEqual(other._options);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, _options.Length);
}
