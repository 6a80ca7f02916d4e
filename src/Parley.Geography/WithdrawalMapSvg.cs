using System.Globalization;
using System.Security;
using System.Text;
using NetTopologySuite.Geometries;

namespace Parley.Geography;

/// <summary>
/// Renders a <see cref="WithdrawalMap"/> as a self-contained SVG (no scripts, no external fonts):
/// the territory, each zone as a translucent fill, crossings, a legend with area, share and people,
/// a 5 km scale bar and a north arrow. Meant to be inlined in the HTML report.
/// </summary>
public static class WithdrawalMapSvg
{
    private static readonly string[] Palette = ["#d62728", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#17becf", "#bcbd22", "#1f77b4"];

    /// <summary>The SVG document as a string.</summary>
    public static string Render(WithdrawalMap map, int mapWidthPx = 420)
    {
        ArgumentNullException.ThrowIfNull(map);
        if (mapWidthPx < 100)
        {
            throw new Domain.ModelException($"map width {mapWidthPx}px is too small: use at least 100");
        }
        var env = map.Outline.Territory.EnvelopeInternal;
        const double margin = 20;
        var scale = mapWidthPx / env.Width;
        var mapHeight = env.Height * scale;
        const double legendWidth = 400;
        var width = mapWidthPx + (2 * margin) + legendWidth;
        var height = Math.Max(mapHeight + (2 * margin) + 30, 60 + (map.Zones.Count * 22) + 140);
        string X(double x) => F(margin + ((x - env.MinX) * scale));
        string Y(double y) => F(margin + 30 + ((env.MaxY - y) * scale));

        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{F(width)}\" height=\"{F(height)}\" viewBox=\"0 0 {F(width)} {F(height)}\" font-family=\"DejaVu Sans, sans-serif\" font-size=\"12\" role=\"img\">\n");
        sb.Append("<title>Withdrawal-line options</title>\n");
        sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(margin)}\" y=\"20\" font-size=\"15\" font-weight=\"bold\">Withdrawal-line options: {Esc(map.Outline.Name)}</text>\n");
        sb.Append(CultureInfo.InvariantCulture, $"<path d=\"{PathData(map.Outline.Territory, X, Y)}\" fill=\"#f3efe4\" stroke=\"#333\" stroke-width=\"1.2\" fill-rule=\"evenodd\"/>\n");
        var order = map.Zones.Select((z, i) => (z, i)).OrderByDescending(p => p.z.AreaKm2).ToList();
        foreach (var (zone, i) in order)
        {
            var colour = Palette[i % Palette.Length];
            sb.Append(CultureInfo.InvariantCulture, $"<path d=\"{PathData(zone.Geometry, X, Y)}\" fill=\"{colour}\" fill-opacity=\"0.28\" stroke=\"{colour}\" stroke-width=\"1\" fill-rule=\"evenodd\"><title>{Esc(zone.Label)}</title></path>\n");
        }
        foreach (var line in map.Outline.LandBorder.Geometries)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<path d=\"{PathData(line, X, Y)}\" fill=\"none\" stroke=\"#000\" stroke-width=\"2\" stroke-dasharray=\"6 3\"/>\n");
        }
        foreach (var lm in map.Outline.Landmarks)
        {
            var p = lm.Location;
            sb.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{X(p.X)}\" cy=\"{Y(p.Y)}\" r=\"3.5\" fill=\"#000\"/><text x=\"{F(double.Parse(X(p.X), CultureInfo.InvariantCulture) + 6)}\" y=\"{F(double.Parse(Y(p.Y), CultureInfo.InvariantCulture) + 4)}\" font-size=\"10\">{Esc(lm.Name)}</text>\n");
        }

        // Scale bar (5 km) and north arrow, bottom left of the map.
        var barY = margin + 30 + mapHeight - 10;
        var barPx = 5000 * scale;
        sb.Append(CultureInfo.InvariantCulture, $"<line x1=\"{F(margin)}\" y1=\"{F(barY)}\" x2=\"{F(margin + barPx)}\" y2=\"{F(barY)}\" stroke=\"#000\" stroke-width=\"3\"/><text x=\"{F(margin)}\" y=\"{F(barY - 6)}\" font-size=\"10\">5 km</text>\n");
        sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(margin + mapWidthPx - 10)}\" y=\"{F(margin + 45)}\" font-size=\"14\" font-weight=\"bold\">N</text><line x1=\"{F(margin + mapWidthPx - 5)}\" y1=\"{F(margin + 75)}\" x2=\"{F(margin + mapWidthPx - 5)}\" y2=\"{F(margin + 50)}\" stroke=\"#000\" stroke-width=\"2\"/>\n");

        // Legend.
        var lx = margin + mapWidthPx + 20;
        var ly = 50.0;
        sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(lx)}\" y=\"{F(ly)}\" font-weight=\"bold\">Area held (share of {F(map.Outline.AreaKm2)} km²)</text>\n");
        ly += 22;
        for (var i = 0; i < map.Zones.Count; i++)
        {
            var z = map.Zones[i];
            var colour = Palette[i % Palette.Length];
            var people = z.PeopleInside is { } pi ? $", {pi / 1000:#,0}k people" : "";
            sb.Append(CultureInfo.InvariantCulture, $"<rect x=\"{F(lx)}\" y=\"{F(ly - 11)}\" width=\"14\" height=\"14\" fill=\"{colour}\" fill-opacity=\"0.5\" stroke=\"{colour}\"/>");
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(lx + 20)}\" y=\"{F(ly)}\">{Esc(z.Label)}: {z.AreaKm2:0.0} km² ({z.ShareOfTerritory:0.0%}){Esc(people)}</text>\n");
            ly += 22;
        }
        ly += 10;
        sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(lx)}\" y=\"{F(ly)}\" font-size=\"10\">Dashed: land border the buffers are measured from.</text>\n");
        ly += 16;
        var note = map.Outline.Approximate
            ? "Approximate built-in outline (about 100 m on the land border);"
            : "Detailed outline from the data directory;";
        sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(lx)}\" y=\"{F(ly)}\" font-size=\"10\">{Esc(note)}</text>\n");
        ly += 14;
        sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(lx)}\" y=\"{F(ly)}\" font-size=\"10\">areas in UTM zone 36N (EPSG:32636).</text>\n");
        if (map.Outline.Attribution is { } credit)
        {
            ly += 14;
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(lx)}\" y=\"{F(ly)}\" font-size=\"10\">{Esc(credit)}</text>\n");
        }
        if (map.Data is not null)
        {
            ly += 14;
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(lx)}\" y=\"{F(ly)}\" font-size=\"10\">People: pre-war PCBS figures spread evenly per governorate.</text>\n");
        }
        sb.Append("</svg>\n");
        return sb.ToString();
    }

    private static string PathData(Geometry g, Func<double, string> x, Func<double, string> y)
    {
        var sb = new StringBuilder();
        void Ring(Coordinate[] coords, bool close)
        {
            for (var i = 0; i < coords.Length; i++)
            {
                sb.Append(i == 0 ? 'M' : 'L').Append(x(coords[i].X)).Append(' ').Append(y(coords[i].Y)).Append(' ');
            }
            if (close)
            {
                sb.Append("Z ");
            }
        }
        for (var i = 0; i < g.NumGeometries; i++)
        {
            switch (g.GetGeometryN(i))
            {
                case Polygon p:
                    Ring(p.ExteriorRing.Coordinates, true);
                    foreach (var hole in p.InteriorRings)
                    {
                        Ring(hole.Coordinates, true);
                    }
                    break;
                case LineString l:
                    Ring(l.Coordinates, false);
                    break;
                default:
                    break;
            }
        }
        return sb.ToString().TrimEnd();
    }

    private static string F(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);

    private static string Esc(string s) => SecurityElement.Escape(s) ?? string.Empty;
}
