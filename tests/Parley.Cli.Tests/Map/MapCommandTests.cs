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

    [Fact]
    public void The_july_2025_line_is_measured_by_its_length_and_the_area_it_leaves_on_the_border_side()
    {
        var line = TestFiles.Repo("scenarios", "gaza-2025", "geo", "july-2025-line.geojson");
        var r = ParleyCli.Run("map", "--no-data", "--buffer", "1.1,1.2", "--geojson", line, "--format", "json");
        Assert.True(r.ExitCode == 0, r.Stderr);
        var zones = JsonDocument.Parse(r.Stdout).RootElement.GetProperty("zones").EnumerateArray().ToList();
        var july = zones[2];
        Assert.Equal("line", july.GetProperty("kind").GetString());
        // It holds 1.1 km from the Israel line and 1.2 km from the Egypt border: between the two bands.
        var area = july.GetProperty("areaKm2").GetDouble();
        Assert.InRange(area, zones[0].GetProperty("areaKm2").GetDouble(), zones[1].GetProperty("areaKm2").GetDouble());
        Assert.InRange(july.GetProperty("lineKm").GetDouble(), 60, 72);
        Assert.Equal(JsonValueKind.Null, zones[0].GetProperty("lineKm").ValueKind);
    }

    [Fact]
    public void Offset_draws_and_writes_the_line_the_repository_ships()
    {
        var target = Path.Combine(Path.GetTempPath(), $"parley-line-{Guid.NewGuid():N}.geojson");
        try
        {
            var r = ParleyCli.Run("map", "--offset", "Israel=1.1,Egypt=1.2", "--line-out", target, "--format", "json");
            Assert.True(r.ExitCode == 0, r.Stderr);
            Assert.Equal(File.ReadAllText(TestFiles.Repo("scenarios", "gaza-2025", "geo", "july-2025-line.geojson")).ReplaceLineEndings("\n"), File.ReadAllText(target).ReplaceLineEndings("\n"));
            var zone = JsonDocument.Parse(r.Stdout).RootElement.GetProperty("zones").EnumerateArray().Last();
            Assert.Equal("line at 1.1 km from Israel, 1.2 km from Egypt", zone.GetProperty("label").GetString());
        }
        finally
        {
            File.Delete(target);
        }
    }

    [Theory]
    [InlineData("Israel=x", "--offset Israel=x")]
    [InlineData("Mars=1", "no land border with 'Mars'")]
    [InlineData("Israel=1.1", "missing Egypt")]
    public void A_bad_offset_is_a_one_line_error(string offset, string message)
    {
        ErrorAssert.OneLine(ParleyCli.Run("map", "--offset", offset), message);
    }

    [Fact]
    public void Line_out_needs_an_offset()
    {
        ErrorAssert.OneLine(ParleyCli.Run("map", "--line-out", "x.geojson"), "--line-out writes the line --offset draws");
    }
}
