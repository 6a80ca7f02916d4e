using Parley.Domain;

namespace Parley.Application.Results;

/// <summary>
/// The two belligerents whose utilities the charts plot: <see cref="First"/> on the horizontal axis of
/// the Pareto chart and first in every table and legend. Both get colours from the same palette.
/// </summary>
public sealed record BelligerentPair(string First, string Second)
{
    /// <summary>The first belligerent's name (e.g. "Israel").</summary>
    public string First { get; } = Preconditions.Text(First, "the first belligerent's name");

    /// <summary>The second belligerent's name (e.g. "Hamas").</summary>
    public string Second { get; } = Preconditions.Text(Second, "the second belligerent's name");
}
