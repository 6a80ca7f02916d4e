using System.ComponentModel;
using Spectre.Console.Cli;

namespace Parley.Cli.Commands.Models;

/// <summary>
/// Settings of a command that takes a model's parameters. The parameters are not declared here: each
/// is declared once, in its model's descriptor in the library (src/Parley.Conflict/Models), and
/// <see cref="ModelParameterArguments"/> turns every <c>--NAME VALUE</c> the descriptor declares into
/// this one generic option before parsing; <see cref="ParameterOptions"/> reads it back, and
/// <see cref="ParameterHelp"/> lists the declared parameters in <c>--help</c>.
/// </summary>
public class ParameterSettings : FormatSettings
{
    /// <summary>Model parameters as <c>NAME=VALUE</c>, in the order given.</summary>
    [CommandOption("--param <NAME=VALUE>", IsHidden = true)]
    [Description("A model parameter as NAME=VALUE (the same as --NAME VALUE).")]
    public string[]? Param { get; init; }
}

/// <summary>Settings of a command that simulates a model: its parameters and the simulation options.</summary>
public class ModelParameterSettings : ParameterSettings
{
    /// <summary>Number of runs.</summary>
    [CommandOption("--runs <N>")]
    [Description("Number of simulated runs (at least 1).")]
    public int? Runs { get; init; }

    /// <summary>Master seed.</summary>
    [CommandOption("--seed <S>")]
    [Description("Master seed (default 1): run i draws from stream i of this seed.")]
    public ulong? Seed { get; init; }

    /// <summary>Worker threads.</summary>
    [CommandOption("--threads <T>")]
    [Description("Worker threads (default: every core). Results do not depend on it.")]
    public int? Threads { get; init; }
}
