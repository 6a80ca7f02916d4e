using Parley.Conflict.Models;
using Parley.Simulation.Parameters;

namespace Parley.Cli.Commands.Models;

/// <summary><c>parley model slantchev</c>: parameters, facts at the start, and a small simulation summary.</summary>
public sealed class SlantchevCommand : PresetCommand
{
    /// <inheritdoc />
    protected override ModelDescriptor Descriptor => SlantchevModel.Descriptor;
}
