using Parley.Conflict.Models;
using Parley.Simulation.Parameters;

namespace Parley.Cli.Commands.Models;

/// <summary><c>parley model filson-werner</c>: parameters, facts at the start, and a small simulation summary.</summary>
public sealed class FilsonWernerCommand : PresetCommand
{
    /// <inheritdoc />
    protected override ModelDescriptor Descriptor => FilsonWernerModel.Descriptor;
}
