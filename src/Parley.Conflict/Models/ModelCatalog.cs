using Parley.Domain;
using Parley.Simulation.Parameters;

namespace Parley.Conflict.Models;

/// <summary>The named formal-model presets, as typed on the command line.</summary>
public static class ModelCatalog
{
    /// <summary>Every preset, in documentation order.</summary>
    public static IReadOnlyList<ModelDescriptor> All { get; } =
    [
        FearonModel.Descriptor,
        PowellModel.Descriptor,
        RubinsteinModel.Descriptor,
        SmithStamModel.Descriptor,
        FilsonWernerModel.Descriptor,
        SlantchevModel.Descriptor,
    ];

    /// <summary>The names, comma-separated, for messages.</summary>
    public static string Names => string.Join(", ", All.Select(m => m.Name));

    /// <summary>Finds a preset by name (case-insensitive); an unknown name throws a one-line error listing the valid ones.</summary>
    public static ModelDescriptor Find(string? name) =>
        All.FirstOrDefault(m => string.Equals(m.Name, name?.Trim(), StringComparison.OrdinalIgnoreCase))
        ?? throw new ModelException($"unknown model '{name}': use one of {Names}");
}
