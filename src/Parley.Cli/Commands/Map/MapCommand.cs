using System.ComponentModel;
using System.Globalization;
using System.Text.Json;
using NetTopologySuite.Geometries;
using Parley.Cli.Infrastructure;
using Parley.Application;
using Parley.Formats.Csv;
using Parley.Geography;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Parley.Cli.Commands.Map;

/// <summary>
/// <c>parley map</c>: withdrawal-line options measured on the Gaza Strip (area held, share, and
/// people inside when a data directory is available), with an optional SVG map.
/// </summary>
public sealed class MapCommand : Command<MapCommand.Settings>
{
    /// <summary>Options.</summary>
    public sealed class Settings : CommandSettings
    {
        /// <summary>Buffer widths in km.</summary>
        [CommandOption("--buffer <KM>")]
        [Description("Comma-separated widths in km of the band held inside the land border. Default: the buffer options of the default scenario's withdrawal-line issue (0.7, 1.1 and 1.2 km: the January and July 2025 maps).")]
        public string? Buffer { get; init; }

        /// <summary>GeoJSON polygon lines.</summary>
        [CommandOption("--geojson <FILE>")]
        [Description("A GeoJSON polygon (or features) enclosing the area held; may be repeated.")]
        public string[] GeoJson { get; init; } = [];

        /// <summary>Depths inside each land border at which to draw a line.</summary>
        [CommandOption("--offset <NEIGHBOUR=KM,...>")]
        [Description("Draw a withdrawal line at these depths inside the built-in outline's land border, one per neighbour (e.g. Israel=1.1,Egypt=1.2: the July 2025 map), and measure it: its length and the area between it and the border. Uses the built-in outline (the data folder's outline names no neighbours).")]
        public string? Offset { get; init; }

        /// <summary>Where to write the drawn line.</summary>
        [CommandOption("--line-out <FILE>")]
        [Description("With --offset: write the line as a GeoJSON LineString (WGS 84, with the outline's attribution) to FILE.")]
        public string? LineOut { get; init; }

        /// <summary>Data directory.</summary>
        [CommandOption("--data <DIR>")]
        [Description("Directory with the detailed map data (shared/data or its geo/ folder). Default: PARLEY_DATA, else the first ancestor folder holding shared/data.")]
        public string? Data { get; init; }

        /// <summary>Use only the built-in outline.</summary>
        [CommandOption("--no-data")]
        [Description("Ignore any data directory and use the built-in approximate outline.")]
        public bool NoData { get; init; }

        /// <summary>SVG output path.</summary>
        [CommandOption("--svg <FILE>")]
        [Description("Write an SVG map of the options to FILE.")]
        public string? Svg { get; init; }

        /// <summary>Output format.</summary>
        [CommandOption("--format <FORMAT>")]
        [Description("text (default), json or csv.")]
        public string Format { get; init; } = "text";
    }

    /// <inheritdoc />
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.Svg is { } svgTarget)
        {
            OutputPaths.CheckFile(svgTarget, "--svg");
        }
        var source = ScenarioSource.Default;
        var territory = source.Territory() ?? throw new CliException($"{source.DisplayName} has no territory outline");
        var scenario = source.Load();
        var buffers = settings.Buffer is null ? ScenarioSource.MapBuffers(scenario) : ParseBuffers(settings.Buffer).Select(m => (m, $"{m:#,0} m", "user-given distance")).ToList();
        var lines = new List<(string, Geometry, string)>();
        foreach (var path in settings.GeoJson)
        {
            var polygon = GeoJsonFiles.PolygonsOrLine(GeoJsonFiles.ReadFile(path), path);
            lines.Add((Path.GetFileNameWithoutExtension(path), polygon, $"user line: {path}"));
        }
        if (settings.LineOut is not null && settings.Offset is null)
        {
            throw new CliException("--line-out writes the line --offset draws: give --offset NEIGHBOUR=KM,... too");
        }
        if (settings.Offset is { } offset)
        {
            var depths = ParseOffsets(offset);
            var offsetLine = BorderOffset.Draw(territory, depths);
            var label = "line at " + string.Join(", ", depths.Select(d => $"{d.Value / 1000:0.0##} km from {d.Key}"));
            lines.Add((label, offsetLine.ToDegrees(territory), $"drawn inside the land border of {territory.Name}"));
            if (settings.LineOut is { } target)
            {
                OutputPaths.CheckFile(target, "--line-out");
                File.WriteAllText(target, BorderOffset.ToGeoJson(territory, offsetLine, new Dictionary<string, string>
                {
                    ["name"] = label,
                    ["drawn_by"] = $"parley map --offset {offset}",
                    ["outline"] = territory.Provenance,
                }));
            }
        }
        // A line drawn on the built-in outline is measured on it: the data folder's detailed outline names no neighbours.
        var dataDir = settings.NoData || settings.Offset is not null ? null : GeoDataDirectory.ResolveDefault(settings.Data);
        var data = dataDir is null ? null : GeoDataset.Load(dataDir, territory.Projection);
        var map = WithdrawalMap.Create(territory, buffers, lines, data, ScenarioSource.MapZones(scenario));
        var drawn = map.Zones.Where(z => z.Kind == WithdrawalZoneKind.Line).ToList();
        for (var i = 0; i < drawn.Count && i < settings.GeoJson.Length; i++)
        {
            if (!(drawn[i].AreaKm2 > 0))
            {
                Warnings.Print([$"{settings.GeoJson[i]}: the polygon lies wholly outside {map.Outline.Name}, so it holds 0 km² and no people: check that the coordinates are longitude, latitude in WGS 84 degrees and belong to this territory"]);
            }
        }
        if (settings.Svg is { } svgPath)
        {
            File.WriteAllText(svgPath, WithdrawalMapSvg.Render(map));
        }
        switch (settings.Format.ToLowerInvariant())
        {
            case "text":
                WriteText(AnsiConsole.Console, map, settings.Svg);
                break;
            case "json":
                Console.Out.WriteLine(JsonSerializer.Serialize(MapReport.From(map), MapReport.JsonOptions));
                break;
            case "csv":
                WriteCsv(Console.Out, map);
                break;
            default:
                throw new CliException($"--format {settings.Format}: use text, json or csv");
        }
        return 0;
    }

    internal static Dictionary<string, double> ParseOffsets(string text)
    {
        var result = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = part.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0 || !double.TryParse(part[(eq + 1)..], NumberStyles.Float, CultureInfo.InvariantCulture, out var km) || !(km > 0) || km > 20)
            {
                throw new CliException($"--offset {part}: give NEIGHBOUR=KM with a depth between 0 and 20 km, e.g. Israel=1.1,Egypt=1.2");
            }
            result[part[..eq].Trim()] = km * 1000;
        }
        return result.Count > 0 ? result : throw new CliException("--offset: give NEIGHBOUR=KM pairs, e.g. Israel=1.1,Egypt=1.2");
    }

    internal static List<double> ParseBuffers(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new CliException("--buffer: give widths in km between 0 and 20, e.g. 0.7,1.1,1.2");
        }
        var result = new List<double>();
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (!double.TryParse(part, NumberStyles.Float, CultureInfo.InvariantCulture, out var km) || !(km > 0) || km > 20)
            {
                throw new CliException($"--buffer {part}: give widths in km between 0 and 20, e.g. 0.7,1.1,1.2");
            }
            result.Add(km * 1000);
        }
        return result;
    }

    private static void WriteText(IAnsiConsole console, WithdrawalMap map, string? svg)
    {
        var o = map.Outline;
        console.MarkupLine($"[bold]Withdrawal-line options[/] on {Markup.Escape(o.Name)}: {o.AreaKm2:0.0} km², land border {o.LandBorderKm:0.0} km");
        console.MarkupLine($"[grey]{Markup.Escape(o.Provenance)}; areas in UTM 36N (EPSG:32636)[/]");
        if (o.Attribution is { } credit)
        {
            console.MarkupLine($"[grey]{Markup.Escape(credit)}[/]");
        }
        var t = new Table().Border(TableBorder.Rounded);
        t.AddColumn(new TableColumn("Option").NoWrap());
        t.AddColumn(new TableColumn("Area held (km²)").RightAligned());
        t.AddColumn(new TableColumn("Share of the Strip").RightAligned());
        if (map.Data is not null)
        {
            t.AddColumn(new TableColumn("People inside (pre-war)").RightAligned());
        }
        var anyLine = map.Zones.Any(z => z.LineKm is not null);
        if (anyLine)
        {
            t.AddColumn(new TableColumn("Line length (km)").RightAligned());
        }
        t.AddColumn(new TableColumn("Note").RightAligned());
        for (var i = 0; i < map.Zones.Count; i++)
        {
            var z = map.Zones[i];
            var row = new List<string> { Markup.Escape(z.Label), z.AreaKm2.ToString("0.0", CultureInfo.InvariantCulture), z.ShareOfTerritory.ToString("0.0%", CultureInfo.InvariantCulture) };
            if (map.Data is not null)
            {
                row.Add(z.PeopleInside is { } p ? p.ToString("#,0", CultureInfo.InvariantCulture) : "");
            }
            if (anyLine)
            {
                row.Add(z.LineKm is { } km ? km.ToString("0.00", CultureInfo.InvariantCulture) : "");
            }
            row.Add($"[[{i + 1}]]");
            t.AddRow([.. row]);
        }
        console.Write(t);
        for (var i = 0; i < map.Zones.Count; i++)
        {
            console.MarkupLine($"[grey][[{i + 1}]] {Markup.Escape(map.Zones[i].Source)}[/]");
        }
        if (map.Data is { } d)
        {
            console.MarkupLine($"[grey]People: {d.TotalPopulation:#,0} pre-war (PCBS, {GeoDataset.PopulationFile}), spread evenly within each governorate; data from {Markup.Escape(d.Directory)}[/]");
        }
        else
        {
            console.MarkupLine("[grey]Approximate outline only: no data directory found (use --data DIR or PARLEY_DATA for governorates, population and the October 2025 zone).[/]");
        }
        if (svg is not null)
        {
            console.MarkupLine($"SVG map written to {Markup.Escape(svg)}");
        }
    }

    private static void WriteCsv(TextWriter w, WithdrawalMap map)
    {
        using var csv = new CsvWriter(w);
        csv.WriteRow(["option", "kind", "buffer_m", "area_km2", "share", "people_inside", "source"]);
        foreach (var z in map.Zones)
        {
            var people = z.PeopleInside is { } p ? p.ToString("0", CultureInfo.InvariantCulture) : "";
            var buffer = z.BufferMetres is { } b ? b.ToString("0", CultureInfo.InvariantCulture) : "";
            csv.WriteRow([z.Label, z.Kind.ToString().ToLowerInvariant(), buffer, z.AreaKm2.ToString("0.000", CultureInfo.InvariantCulture), z.ShareOfTerritory.ToString("0.0000", CultureInfo.InvariantCulture), people, z.Source]);
        }
    }
}
