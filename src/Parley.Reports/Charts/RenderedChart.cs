namespace Parley.Reports.Charts;

/// <summary>A chart drawn to PNG, with what the page needs around it.</summary>
/// <param name="Id">The HTML element id of its figure (unique in the page).</param>
/// <param name="Kind">What kind of chart it is (e.g. "pareto"), the figure's data-chart attribute.</param>
/// <param name="Title">Its title (also drawn in the image).</param>
/// <param name="Caption">What it shows and where the data come from.</param>
/// <param name="Width">Display width in CSS pixels.</param>
/// <param name="Height">Display height in CSS pixels.</param>
/// <param name="Png">The PNG bytes, drawn at twice the display size for sharp text.</param>
public sealed record RenderedChart(string Id, string Kind, string Title, string Caption, int Width, int Height, byte[] Png);
