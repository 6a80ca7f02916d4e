using System.Globalization;
using System.Reflection;
using Parley.Cli.Infrastructure;
using Spectre.Console.Cli;

namespace Parley.Cli.Commands.Models;

/// <summary>
/// Collects model parameters from a settings object: every string option whose name is a
/// parameter name (e.g. <c>--cost-a</c>, or the short <c>-p</c> that <see cref="SingleLetterOptions"/> makes of <c>--p</c>) and that the user gave, parsed as an invariant-culture number.
/// The model's descriptor then checks the names and domains and lists the valid ones in its error.
/// </summary>
internal static class ParameterOptions
{
    /// <summary>The long names of every model-parameter option declared on <paramref name="settingsType"/>.</summary>
    public static IReadOnlyList<string> Declared(Type settingsType) =>
        [.. Options(settingsType).Select(o => o.Name)];

    /// <summary>Parameter values the user gave, by name (without dashes).</summary>
    public static Dictionary<string, double> Given(CommandSettings settings, IEnumerable<string> parameterNames)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var wanted = parameterNames.ToHashSet(StringComparer.Ordinal);
        var given = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (name, property) in Options(settings.GetType()))
        {
            if (!wanted.Contains(name) || property.GetValue(settings) is not string text)
            {
                continue;
            }
            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
            {
                throw new CliException($"--{name} {text} is not a number: write it like 0.25");
            }
            given[name] = value;
        }
        return given;
    }

    private static IEnumerable<(string Name, PropertyInfo Property)> Options(Type settingsType) =>
        settingsType.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.PropertyType == typeof(string))
            .Select(p => (Option: p.GetCustomAttribute<CommandOptionAttribute>(), Property: p))
            .Where(x => x.Option is not null)
            .Select(x => (Name: x.Option!.LongNames.Count > 0 ? x.Option.LongNames[0] : x.Option.ShortNames[0], x.Property))
            .Where(x => x.Name is not "format" and not "model" and not "out");
}
