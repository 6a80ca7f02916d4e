using System.Globalization;
using System.Reflection;
using Parley.Cli.Infrastructure;
using Parley.Simulation.Parameters;
using Spectre.Console.Cli;

namespace Parley.Cli.Commands.Models;

/// <summary>
/// Reads the model parameters a user gave (<c>--NAME VALUE</c>, which <see cref="ModelParameterArguments"/>
/// carried into <see cref="ParameterSettings.Param"/>) as invariant-culture numbers, by name. The
/// model's descriptor then checks the names and domains and lists the valid ones in its error.
/// </summary>
internal static class ParameterOptions
{
    /// <summary>The long names of every option declared on <paramref name="settingsType"/> (e.g. <c>runs</c>, <c>format</c>).</summary>
    public static IReadOnlyList<string> Declared(Type settingsType) =>
        [.. settingsType.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Select(p => p.GetCustomAttribute<CommandOptionAttribute>())
            .OfType<CommandOptionAttribute>()
            .SelectMany(o => o.LongNames.Concat(o.ShortNames))];

    /// <summary>
    /// Parameter values the user gave, by declared name. With <paramref name="closedForm"/>, a parameter
    /// that only the simulation uses is an error (the closed form would ignore it).
    /// </summary>
    public static Dictionary<string, double> Given(ParameterSettings settings, ModelDescriptor descriptor, bool closedForm = false)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(descriptor);
        var given = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var entry in settings.Param ?? [])
        {
            var split = entry.IndexOf('=', StringComparison.Ordinal);
            var name = split < 0 ? entry : entry[..split];
            var text = split < 0 ? "" : entry[(split + 1)..];
            if (text.Length == 0)
            {
                var example = descriptor.Parameters.FirstOrDefault(p => p.Name == name)?.DefaultText ?? "0.25";
                throw new CliException($"--{name} needs a value: write it like --{name} {example}");
            }
            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
            {
                throw new CliException($"--{name} {text} is not a number: write it like 0.25");
            }
            if (closedForm && descriptor.Parameters.FirstOrDefault(p => p.Name == name) is { SimulationOnly: true })
            {
                throw new CliException($"--{name} is used only by the simulation: parley simulate --model {descriptor.Name} --{name} {text}");
            }
            given[name] = value;
        }
        return given;
    }
}
