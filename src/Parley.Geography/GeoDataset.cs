using System.Globalization;
using NetTopologySuite.Geometries;
using nietras.SeparatedValues;
using Parley.Domain;

namespace Parley.Geography;

/// <summary>
/// The detailed map data of a geo data folder: the territory's outline, its administrative units
/// with population, and named zones that a scenario's map lines can refer to by id. The file names
/// are the folder format of shared/data/geo (its README gives their sources and licences);
/// third-party files are read in place, never copied into the repository.
/// </summary>
public sealed class GeoDataset
{
    /// <summary>The file whose presence marks a folder of geo data: the governorates' boundaries.</summary>
    public const string GovernoratesFile = "gaza_governorates.geojson";

    /// <summary>File name of the detailed outline.</summary>
    public const string OutlineFile = "gaza_strip_outline.geojson";

    /// <summary>File name of the population table.</summary>
    public const string PopulationFile = "population-by-governorate.csv";

    /// <summary>
    /// The named zones of the folder format: a zone id (what a scenario's map line names in
    /// <c>zone:</c>) and the file holding its polygon. A missing file means the zone is not available.
    /// </summary>
    public static IReadOnlyDictionary<string, string> ZoneFiles { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["october-2025"] = "IDF_zone_191025.geojson",
    };

    private GeoDataset(string directory, Polygon outline, string territoryName, IReadOnlyList<PopulationUnit> units, IReadOnlyDictionary<string, Geometry> zones, bool populationComplete)
    {
        Directory = directory;
        Outline = outline;
        TerritoryName = territoryName;
        PopulationUnits = units;
        Zones = zones;
        PopulationComplete = populationComplete;
    }

    /// <summary>The folder the files were read from.</summary>
    public string Directory { get; }

    /// <summary>The detailed outline in grid metres.</summary>
    public Polygon Outline { get; }

    /// <summary>Areas with a known population, disjoint.</summary>
    public IReadOnlyList<PopulationUnit> PopulationUnits { get; }

    /// <summary>The territory's name from the outline file (its <c>name_en</c> or <c>name</c> property), else the file name.</summary>
    public string TerritoryName { get; }

    /// <summary>The named zones present in the folder, by id, in grid metres and clipped to <see cref="Outline"/>.</summary>
    public IReadOnlyDictionary<string, Geometry> Zones { get; }

    /// <summary>True when every governorate belongs to exactly one population unit.</summary>
    public bool PopulationComplete { get; }

    /// <summary>Total population of the units.</summary>
    public double TotalPopulation => PopulationUnits.Sum(u => u.Population);

    /// <summary>Loads a geo folder: one holding <see cref="GovernoratesFile"/> and the files beside it (see shared/data/geo/README.md).</summary>
    public static GeoDataset Load(string geoDirectory, TransverseMercator projection)
    {
        ArgumentNullException.ThrowIfNull(geoDirectory);
        ArgumentNullException.ThrowIfNull(projection);
        var outlinePath = Path.Combine(geoDirectory, OutlineFile);
        var outlineFeatures = GeoJsonFiles.ReadFile(outlinePath);
        var outlineDeg = GeoJsonFiles.UnionOfPolygons(outlineFeatures, outlinePath);
        var territoryName = outlineFeatures.Select(f => GeoJsonFiles.GetString(f.Attributes, "name_en") ?? GeoJsonFiles.GetString(f.Attributes, "name"))
            .FirstOrDefault(n => n is not null) ?? Path.GetFileNameWithoutExtension(outlinePath);
        var outline = outlineDeg.ToProjected(projection) switch
        {
            Polygon p => p,
            MultiPolygon mp => (Polygon)mp.Geometries.OrderByDescending(g => g.Area).First(),
            var g => throw new InputException(outlinePath, null, null, $"expected a Polygon outline, found {g.GeometryType}"),
        };

        var govPath = Path.Combine(geoDirectory, GovernoratesFile);
        var governorates = new Dictionary<string, Geometry>(StringComparer.Ordinal);
        foreach (var f in GeoJsonFiles.ReadFile(govPath))
        {
            var pcode = GeoJsonFiles.GetString(f.Attributes, "ocha_pcode")
                ?? throw new InputException(govPath, null, null, "a governorate feature has no ocha_pcode property");
            governorates[pcode] = f.Geometry.ToProjected(projection);
        }

        var popPath = Path.Combine(geoDirectory, PopulationFile);
        var units = ReadPopulation(popPath, governorates, out var complete);

        var zones = new Dictionary<string, Geometry>(StringComparer.Ordinal);
        foreach (var (id, file) in ZoneFiles)
        {
            var zonePath = Path.Combine(geoDirectory, file);
            if (File.Exists(zonePath))
            {
                var zone = GeoJsonFiles.UnionOfPolygons(GeoJsonFiles.ReadFile(zonePath), zonePath).ToProjected(projection);
                zones[id] = zone.Intersection(outline);
            }
        }
        return new GeoDataset(geoDirectory, outline, territoryName, units, zones, complete);
    }

    /// <summary>
    /// People inside <paramref name="zone"/> (grid metres): each unit's population times the share of
    /// its area inside the zone. Assumes people are spread evenly within a unit, which is coarse
    /// (cities are dense, and the figures are pre-war: displacement since October 2023 moved most
    /// people), so treat it as the pre-war population of the area, not of today.
    /// </summary>
    public double PeopleInside(Geometry zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var total = 0.0;
        foreach (var u in PopulationUnits)
        {
            var area = u.Area.Area;
            if (area <= 0)
            {
                continue;
            }
            total += u.Population * zone.Intersection(u.Area).Area / area;
        }
        return total;
    }

    private static List<PopulationUnit> ReadPopulation(string path, Dictionary<string, Geometry> governorates, out bool complete)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException("not found", path);
        }
        List<string[]> rows;
        using (var text = new StreamReader(path))
        {
            rows = Rows(text);
        }
        if (rows.Count == 0)
        {
            throw new InputException(path, 1, null, "empty population table");
        }
        var header = rows[0];
        int Col(string name)
        {
            var i = Array.IndexOf(header, name);
            return i >= 0 ? i : throw new InputException(path, 1, null, $"missing column \"{name}\"");
        }
        var cName = Col("governorate");
        var cCode = Col("ocha_pcode");
        var cPop = Col("population");
        var cStatus = Col("status");
        var cSource = Col("source");
        var units = new List<PopulationUnit>();
        var used = new HashSet<string>(StringComparer.Ordinal);
        for (var r = 1; r < rows.Count; r++)
        {
            var row = rows[r];
            if (row.Length <= cPop || string.IsNullOrWhiteSpace(row[cPop]))
            {
                continue;
            }
            if (!double.TryParse(row[cPop], NumberStyles.Float, CultureInfo.InvariantCulture, out var population) || population < 0)
            {
                throw new InputException(path, r + 1, null, $"population \"{row[cPop]}\" is not a non-negative number");
            }
            var codes = row[cCode].Split('+', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            var parts = new List<Geometry>();
            foreach (var code in codes)
            {
                if (!governorates.TryGetValue(code, out var g))
                {
                    throw new InputException(path, r + 1, null, $"pcode {code} is not in {GovernoratesFile}");
                }
                if (!used.Add(code))
                {
                    throw new InputException(path, r + 1, null, $"pcode {code} has two population figures: keep one row per governorate");
                }
                parts.Add(g);
            }
            var area = parts.Count == 1 ? parts[0] : NetTopologySuite.Operation.Union.CascadedPolygonUnion.Union(parts);
            units.Add(new PopulationUnit(row[cName], codes, population, row[cStatus], row[cSource], area));
        }
        complete = governorates.Keys.All(used.Contains);
        return units;
    }

    /// <summary>
    /// The records of a small CSV table (the first is the header), every field unquoted. Sep parses
    /// it: Parley.Data's typed <c>CsvFile</c> sits beside this project, not below it, so the
    /// population table goes to Sep directly rather than through a second hand-written reader.
    /// </summary>
    internal static List<string[]> Rows(TextReader text)
    {
        using var reader = Sep.Reader(o => o with { Sep = new Sep(','), HasHeader = false, Unescape = true, DisableColCountCheck = true })
            .From(text, leaveOpen: true);
        var rows = new List<string[]>();
        foreach (var row in reader)
        {
            var fields = new string[row.ColCount];
            for (var i = 0; i < fields.Length; i++)
            {
                fields[i] = new string(row[i].Span);
            }
            rows.Add(fields);
        }
        return rows;
    }
}
