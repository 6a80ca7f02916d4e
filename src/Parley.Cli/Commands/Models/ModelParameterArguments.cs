using Parley.Conflict.Models;
using Parley.Simulation.Parameters;

namespace Parley.Cli.Commands.Models;

/// <summary>
/// Generates the command-line options of the model parameters from their declaration in the library.
/// Spectre.Console.Cli binds options to properties declared at compile time, so before parsing this
/// rewrites each declared parameter given as <c>--NAME VALUE</c>, <c>--NAME=VALUE</c> or, for a
/// one-letter name, <c>-N VALUE</c> (<c>--p 0.6</c>) into the generic <c>--param NAME=VALUE</c> of
/// <see cref="ParameterSettings"/>. Only the commands that take parameters are rewritten:
/// <c>simulate</c> and <c>model NAME</c>. The closed-form commands take their model's closed-form
/// parameters; the simulating ones take the name of any model's parameter, so that the chosen model's
/// descriptor can say which parameters it has. Everything after a bare <c>--</c> is left alone.
/// </summary>
public static class ModelParameterArguments
{
    /// <summary>The arguments with every model parameter written as <c>--param NAME=VALUE</c>.</summary>
    public static string[] Rewrite(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var (start, names) = Parameters(args);
        if (names.Count == 0)
        {
            return args;
        }
        var result = new List<string>(args.Length);
        result.AddRange(args.Take(start));
        for (var i = start; i < args.Length; i++)
        {
            var arg = args[i];
            if (arg == "--")
            {
                result.AddRange(args.Skip(i));
                break;
            }
            if (!TryName(arg, names, out var name, out var inlineValue))
            {
                result.Add(arg);
                continue;
            }
            var value = inlineValue;
            if (value is null && i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                value = args[++i];
            }
            result.Add("--param");
            result.Add($"{name}={value}");
        }
        return [.. result];
    }

    /// <summary>
    /// The parameter names a command takes on the command line, and where its options start: none for a
    /// command without model parameters.
    /// </summary>
    internal static (int Start, IReadOnlySet<string> Names) Parameters(string[] args)
    {
        var words = args.Select((a, i) => (Arg: a, Index: i)).Where(x => !x.Arg.StartsWith('-')).Take(2).ToList();
        if (words.Count >= 1 && words[0].Arg == "simulate")
        {
            return (words[0].Index + 1, AllNames);
        }
        if (words.Count == 2 && words[0].Arg == "model" && ModelCommands.Find(words[1].Arg) is { } command)
        {
            return (words[1].Index + 1, command.ClosedForm
                ? command.Model.Parameters.Where(p => !p.SimulationOnly).Select(p => p.Name).ToHashSet(StringComparer.Ordinal)
                : AllNames);
        }
        return (args.Length, new HashSet<string>());
    }

    private static readonly HashSet<string> AllNames =
        ModelCatalog.All.SelectMany(m => m.Parameters).Select(p => p.Name).ToHashSet(StringComparer.Ordinal);

    private static bool TryName(string arg, IReadOnlySet<string> names, out string name, out string? value)
    {
        name = "";
        value = null;
        string body;
        if (arg.StartsWith("--", StringComparison.Ordinal))
        {
            body = arg[2..];
        }
        else if (arg.Length >= 2 && arg[0] == '-' && char.IsAsciiLetter(arg[1]) && (arg.Length == 2 || arg[2] is '=' or ':'))
        {
            body = arg[1..]; // -p, -p=0.6: the short form of a one-letter name
        }
        else
        {
            return false;
        }
        var split = body.IndexOfAny(['=', ':']);
        name = split < 0 ? body : body[..split];
        value = split < 0 ? null : body[(split + 1)..];
        return names.Contains(name);
    }

    /// <summary>The placeholder shown in help for a parameter's value.</summary>
    internal static string Placeholder(ModelParameter parameter) => parameter.IsWholeNumber ? "N" : "VALUE";
}
