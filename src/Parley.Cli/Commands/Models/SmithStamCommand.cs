using Parley.Conflict.Models;
using Parley.Simulation.Parameters;

namespace Parley.Cli.Commands.Models;

/// <summary><c>parley model smith-stam</c>: parameters, facts at the start, and a small simulation summary.</summary>
public sealed class SmithStamCommand : PresetCommand
{
    /// <inheritdoc />
    protected override ModelDescriptor Descriptor => SmithStamModel.Descriptor;
}
