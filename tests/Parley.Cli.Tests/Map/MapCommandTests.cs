using System.Text.Json;
using System.Xml.Linq;
using Parley.Cli.Tests.TestSupport;

namespace Parley.Cli.Tests.Map;

public sealed class MapCommandTests
{
    [Fact]
    public void Map_without_data_measures_the_standard_options_on_the_built_in_outline()
    {
        var r = ParleyCli.Run("map", "--no-data", "--format", "json");
        Assert.Equal(0, r.ExitCode);
        var json = JsonDocument.Parse(r.Stdout).RootElement;
        Assert.True(json.GetProperty("approximate").GetBoolean());
        var zones = json.GetProperty("zones").EnumerateArray().ToList();
        Assert.Equal([700.0, 1100.0, 1200.0], zones.Select(z => z.GetProperty("bufferMetres").GetDouble()));
        Assert.All(zones, z => Assert.Equal(JsonValueKind.Null, z.GetProperty("peopleInside").ValueKind));
    }

    [Fact]
    public void Map_with_the_shared_data_adds_people_and_the_October_zone()
    {
        var r = ParleyCli.Run("map", "--data", TestFiles.Shared("data"), "--buffer", "0.7", "--format", "json");
        Assert.Equal(0, r.ExitCode);
        var json = JsonDocument.Parse(r.Stdout).RootElement;
        Assert.Equal(2_232_000, json.GetProperty("population").GetDouble());
        var zones = json.GetProperty("zones").EnumerateArray().ToList();
        Assert.Equal(2, zones.Count);
        Assert.InRange(zones[1].GetProperty("share").GetDouble(), 0.51, 0.55);
        Assert.InRange(zones[0].GetProperty("peopleInside").GetDouble(), 1, 2_232_000);
    }

    [Fact]
    public void Map_takes_a_geojson_line_and_writes_an_svg()
    {
        var line = TestFiles.TempFile("line.geojson", "{\"type\":\"Polygon\",\"coordinates\":[[[34.2,31.2],[34.6,31.2],[34.6,31.4],[34.2,31.4],[34.2,31.2]]]}");
        var svg = Path.Combine(Path.GetDirectoryName(line)!, "map.svg");
        var r = ParleyCli.Run("map", "--no-data", "--buffer", "0.1", "--geojson", line, "--svg", svg, "--format", "csv");
        Assert.Equal(0, r.ExitCode);
        var rows = r.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("option,kind,buffer_m,area_km2", rows[0], StringComparison.Ordinal);
        Assert.StartsWith("100 m,buffer,100,", rows[1], StringComparison.Ordinal);
        Assert.StartsWith("line,line,,", rows[2], StringComparison.Ordinal);
        var doc = XDocument.Load(svg);
        Assert.Equal("svg", doc.Root!.Name.LocalName);
    }

    [Fact]
    public void Map_rejects_bad_widths_and_files_in_one_line()
    {
        ErrorAssert.OneLine(ParleyCli.Run("map", "--buffer", "-1"), "--buffer");
        ErrorAssert.OneLine(ParleyCli.Run("map", "--data", "/no/such/dir"), "/no/such/dir");
        var broken = TestFiles.TempFile("broken.geojson", "{ \"type\": \"Polygon\", ");
        ErrorAssert.OneLine(ParleyCli.Run("map", "--no-data", "--geojson", broken), "broken.geojson");
    }
}
