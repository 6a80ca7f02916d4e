using System.Globalization;

namespace Parley.Domain;

/// <summary>
/// The one place values are checked at construction (after NodaTime's <c>Preconditions</c>): each
/// method returns the value when it is valid and otherwise throws a <see cref="ModelException"/>
/// whose message names the field, the value and what it must be.
/// </summary>
public static class Preconditions
{
    /// <summary>A non-blank text.</summary>
    public static string Text(string? value, string field) =>
        string.IsNullOrWhiteSpace(value) ? throw new ModelException($"{field} is empty: give it a text") : value;

    /// <summary>A finite number.</summary>
    public static double Finite(double value, string field) =>
        double.IsFinite(value) ? value : throw new ModelException($"{field} is {Show(value)}: it must be a finite number");

    /// <summary>A finite number, zero or more.</summary>
    public static double NonNegative(double value, string field) =>
        value >= 0 && double.IsFinite(value) ? value : throw new ModelException($"{field} is {Show(value)}: it must be zero or more");

    /// <summary>A count, zero or more.</summary>
    public static int NonNegative(int value, string field) =>
        value >= 0 ? value : throw new ModelException($"{field} is {value}: it must be zero or more");

    /// <summary>A finite number above zero.</summary>
    public static double Positive(double value, string field) =>
        value > 0 && double.IsFinite(value) ? value : throw new ModelException($"{field} is {Show(value)}: it must be more than zero");

    /// <summary>A count, at least 1.</summary>
    public static int Positive(int value, string field) =>
        value > 0 ? value : throw new ModelException($"{field} is {value}: it must be at least 1");

    /// <summary>A share, 0 to 1.</summary>
    public static double Share(double value, string field) =>
        value is >= 0 and <= 1 ? value : throw new ModelException($"{field} is {Show(value)}: a share must be between 0 and 1");

    /// <summary>A list with no missing entry (it may be empty).</summary>
    public static IReadOnlyList<T> List<T>(IReadOnlyList<T>? items, string field)
        where T : class
    {
        if (items is null)
        {
            throw new ModelException($"{field} is missing: give a list (it may be empty)");
        }
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is null)
            {
                throw new ModelException($"{field} has a missing entry at position {i + 1}: remove it or fill it in");
            }
        }
        return items;
    }

    /// <summary>A list sorted by <paramref name="day"/>.</summary>
    public static IReadOnlyList<T> Chronological<T>(IReadOnlyList<T>? items, Func<T, double> day, string field)
        where T : class
    {
        var list = List(items, field);
        ArgumentNullException.ThrowIfNull(day);
        for (var i = 1; i < list.Count; i++)
        {
            if (day(list[i]) < day(list[i - 1]))
            {
                throw new ModelException($"{field} goes back in time at position {i + 1} (day {Show(day(list[i]))} after day {Show(day(list[i - 1]))}): sort it by day");
            }
        }
        return list;
    }

    /// <summary>A list of non-blank texts.</summary>
    public static IReadOnlyList<string> Texts(IReadOnlyList<string>? items, string field)
    {
        var list = List(items, field);
        for (var i = 0; i < list.Count; i++)
        {
            Text(list[i], $"{field} entry {i + 1}");
        }
        return list;
    }

    /// <summary>Entries whose <paramref name="key"/> differ.</summary>
    public static void Unique<T>(IReadOnlyList<T> items, Func<T, string> key, string field)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(key);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (!seen.Add(key(item)))
            {
                throw new ModelException($"{field} names '{key(item)}' twice: give each entry its own name");
            }
        }
    }

    /// <summary>How a number is shown in messages (round-trip, invariant).</summary>
    public static string Show(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
