using System.Globalization;
using System.Reflection;
using Spectre.Console.Cli;

namespace Parley.Cli.Infrastructure;

/// <summary>
/// The message for an option value the command line cannot convert (<c>--seed abc</c>,
/// <c>--runs 10000000000</c>): it names the option, the value given and the values it accepts,
/// read from the option's declared type and, for counts, the smallest value that makes sense.
/// </summary>
public static class OptionValues
{
    /// <summary>Options that count something and so start at 1.</summary>
    private static readonly HashSet<string> Counts = new(StringComparer.Ordinal)
    {
        "runs", "threads", "rounds", "seeds", "simulate", "max-enumerate", "explain",
    };

    /// <summary>True for Spectre's "Failed to convert 'abc' to Nullable`1." and its kin.</summary>
    public static bool IsConversionFailure(Exception error) =>
        error is CommandRuntimeException or CommandParseException or InvalidOperationException or FormatException or OverflowException
            && error.Message.StartsWith("Failed to convert", StringComparison.Ordinal);

    /// <summary>The message for a conversion failure, given the arguments as typed.</summary>
    public static string Describe(Exception error, IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(args);
        var value = QuotedValue(error.Message);
        var option = value is null ? null : OptionBefore(args, value);
        if (option is null)
        {
            return $"{error.Message.TrimEnd('.')}: check the option values";
        }
        var (name, type) = OptionType(option);
        option = name ?? option;
        return $"--{option} {value}: {(type is null ? "this value is not accepted" : $"use {Accepted(type, Counts.Contains(option))}")}";
    }

    private static string? QuotedValue(string message)
    {
        var open = message.IndexOf('\'', StringComparison.Ordinal);
        var close = open < 0 ? -1 : message.IndexOf('\'', open + 1);
        return close > open ? message[(open + 1)..close] : null;
    }

    private static string? OptionBefore(IReadOnlyList<string> args, string value)
    {
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg.StartsWith("--", StringComparison.Ordinal) && arg.Contains('=', StringComparison.Ordinal)
                && arg[(arg.IndexOf('=', StringComparison.Ordinal) + 1)..] == value)
            {
                return arg[2..arg.IndexOf('=', StringComparison.Ordinal)];
            }
            if (arg == value && i > 0 && args[i - 1].StartsWith('-'))
            {
                return args[i - 1].TrimStart('-');
            }
        }
        return null;
    }

    private static (string? Name, Type? Type) OptionType(string option) =>
        typeof(OptionValues).Assembly.GetTypes()
            .Where(t => typeof(CommandSettings).IsAssignableFrom(t))
            .SelectMany(t => t.GetProperties())
            .Select(p => (Option: p.GetCustomAttribute<CommandOptionAttribute>(), Property: p))
            .Where(p => p.Option is { } a
                && (a.LongNames.Contains(option, StringComparer.Ordinal) || a.ShortNames.Contains(option, StringComparer.Ordinal)))
            .Select(p => ((string?)p.Option!.LongNames.FirstOrDefault() ?? option, (Type?)(Nullable.GetUnderlyingType(p.Property.PropertyType) ?? p.Property.PropertyType)))
            .FirstOrDefault();

    private static string Accepted(Type type, bool count)
    {
        string Whole(long min, ulong max) =>
            $"a whole number from {min.ToString("N0", CultureInfo.InvariantCulture)} to {max.ToString("N0", CultureInfo.InvariantCulture)}";
        return type switch
        {
            _ when type == typeof(int) => Whole(count ? 1 : int.MinValue, int.MaxValue),
            _ when type == typeof(long) => Whole(count ? 1 : long.MinValue, long.MaxValue),
            _ when type == typeof(ulong) => Whole(0, ulong.MaxValue),
            _ when type == typeof(uint) => Whole(0, uint.MaxValue),
            _ when type == typeof(double) => "a number such as 0.5 or 1200 (a dot for decimals)",
            _ when type == typeof(bool) => "true or false",
            _ => $"a value of type {type.Name}",
        };
    }
}
