namespace Parley.Data.Csv;

/// <summary>
/// The codes a dataset uses for "no value" in a column (for example <c>-8</c> not applicable and
/// <c>-9</c> unknown in the Correlates of War files, <c>.</c> in UCDP exports, <c>NA</c> in PA-X).
/// A blank or all-whitespace field is always missing. Codes are compared after trimming, ordinally.
/// </summary>
public sealed class MissingValues
{
    private readonly string[] _codes;

    /// <summary>Treats blank fields and each of <paramref name="codes"/> as missing.</summary>
    public MissingValues(params string[] codes)
    {
        ArgumentNullException.ThrowIfNull(codes);
        _codes = codes.Select(c => c.Trim()).Where(c => c.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
    }

    /// <summary>Only blank fields are missing.</summary>
    public static MissingValues BlankOnly { get; } = new();

    /// <summary>The codes besides blank, in the order given.</summary>
    public IReadOnlyList<string> Codes => _codes;

    /// <summary>True when <paramref name="field"/> (trimmed) is blank or one of the codes.</summary>
    public bool IsMissing(ReadOnlySpan<char> field)
    {
        var trimmed = field.Trim();
        if (trimmed.IsEmpty)
        {
            return true;
        }
        foreach (var code in _codes)
        {
            if (trimmed.SequenceEqual(code))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>These codes plus <paramref name="more"/>.</summary>
    public MissingValues With(params string[] more)
    {
        ArgumentNullException.ThrowIfNull(more);
        return new MissingValues([.. _codes, .. more]);
    }

    /// <inheritdoc />
    public override string ToString() => _codes.Length == 0 ? "blank" : "blank, " + string.Join(", ", _codes);
}
