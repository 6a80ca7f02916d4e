using System.Globalization;
using Parley.Domain;

namespace Parley.Application.Results;

/// <summary>Checks for report records: each throws a one-line <see cref="ModelException"/> naming the field.</summary>
internal static class Require
{
    public static string Text(string? value, string field) =>
        string.IsNullOrWhiteSpace(value) ? throw new ModelException($"{field} is empty: give it a text") : value;

    public static double Finite(double value, string field) =>
        double.IsFinite(value) ? value : throw new ModelException($"{field} is {Show(value)}: it must be a finite number");

    public static double NonNegative(double value, string field) =>
        value >= 0 && double.IsFinite(value) ? value : throw new ModelException($"{field} is {Show(value)}: it must be zero or more");

    public static int NonNegative(int value, string field) =>
        value >= 0 ? value : throw new ModelException($"{field} is {value}: it must be zero or more");

    public static int Positive(int value, string field) =>
        value > 0 ? value : throw new ModelException($"{field} is {value}: it must be at least 1");

    public static double Share(double value, string field) =>
        value is >= 0 and <= 1 ? value : throw new ModelException($"{field} is {Show(value)}: a share must be between 0 and 1");

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

    /// <summary>A time series must run forward: each day at or after the one before.</summary>
    public static IReadOnlyList<T> Chronological<T>(IReadOnlyList<T>? items, Func<T, double> day, string field)
        where T : class
    {
        var list = List(items, field);
        for (var i = 1; i < list.Count; i++)
        {
            if (day(list[i]) < day(list[i - 1]))
            {
                throw new ModelException($"{field} goes back in time at position {i + 1} (day {Show(day(list[i]))} after day {Show(day(list[i - 1]))}): sort it by day");
            }
        }
        return list;
    }

    public static IReadOnlyList<string> Texts(IReadOnlyList<string>? items, string field)
    {
        var list = List(items, field);
        for (var i = 0; i < list.Count; i++)
        {
            Text(list[i], $"{field} entry {i + 1}");
        }
        return list;
    }

    public static void Unique<T>(IReadOnlyList<T> items, Func<T, string> key, string field)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (!seen.Add(key(item)))
            {
                throw new ModelException($"{field} names '{key(item)}' twice: give each entry its own name");
            }
        }
    }

    private static string Show(double v) => v.ToString("R", CultureInfo.InvariantCulture);
}
