using ScottPlot;
using Parley.Conflict.Scenarios;
using Parley.Domain.Endings;

namespace Parley.Reports.Charts;

/// <summary>
/// Neutral, colour-blind-safe colours (Okabe and Ito's palette). Belligerents take the first two
/// colours by their position in the report, never by who they are; hypotheses take the rest in turn,
/// so a side's colour never doubles as a hypothesis's.
/// </summary>
internal static class ReportPalette
{
    private static readonly string[] Hex = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#6B6B6B", "#8C6D1F"];

    /// <summary>Ink for text, frontier lines and reference markers.</summary>
    public static Color Ink { get; } = Color.FromHex("#333333");

    /// <summary>Light grey for reference lines.</summary>
    public static Color Reference { get; } = Color.FromHex("#8A8A8A");

    /// <summary>Colour of belligerent <paramref name="side"/> (0 = first, 1 = second).</summary>
    public static Color Side(int side) => Color.FromHex(SideHex(side));

    /// <summary>Hex colour of belligerent <paramref name="side"/>, for HTML.</summary>
    public static string SideHex(int side) => side is 0 or 1 ? Hex[side] : throw new ArgumentOutOfRangeException(nameof(side), side, "a side is 0 or 1");

    /// <summary>Colour of the <paramref name="index"/>-th hypothesis (cycles after six).</summary>
    public static Color Hypothesis(int index) => Color.FromHex(HypothesisHex(index));

    /// <summary>
    /// Line pattern of the <paramref name="index"/>-th hypothesis: solid for the first six, then dashed,
    /// then dotted, so two hypotheses that share a colour never share a line.
    /// </summary>
    public static LinePattern HypothesisPattern(int index) => (Math.Abs(index) / (Hex.Length - 2) % 3) switch
    {
        0 => LinePattern.Solid,
        1 => LinePattern.Dashed,
        _ => LinePattern.Dotted,
    };

    /// <summary>
    /// Fill hatch of the <paramref name="index"/>-th hypothesis's bars: none for the first six, then
    /// stripes, then dots, so two hypotheses that share a colour never share a bar.
    /// </summary>
    public static IHatch? HypothesisHatch(int index) => (Math.Abs(index) / (Hex.Length - 2) % 3) switch
    {
        0 => null,
        1 => new ScottPlot.Hatches.Striped(),
        _ => new ScottPlot.Hatches.Dots(),
    };

    /// <summary>The colour of a hypothesis's hatch: white over its fill.</summary>
    public static Color HatchColour { get; } = Colors.White.WithAlpha(0.75);

    /// <summary>Hex colour of the <paramref name="index"/>-th hypothesis, for HTML.</summary>
    public static string HypothesisHex(int index) => Hex[2 + (Math.Abs(index) % (Hex.Length - 2))];
}
