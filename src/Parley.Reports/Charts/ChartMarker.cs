using Parley.Application.Results;

namespace Parley.Reports.Charts;

/// <summary>
/// A point marked on the Pareto chart besides those of the report (for example where a played game's
/// agreement sits), with its legend label.
/// </summary>
/// <param name="Point">The utilities of the two belligerents, first side first.</param>
/// <param name="Label">What the point is, for the legend and the caption (its utilities are added).</param>
public sealed record ChartMarker(UtilityPoint Point, string Label);
