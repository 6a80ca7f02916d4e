using Parley.Formats;
using Parley.Geography;
using Parley.Domain;

namespace Parley.Tests.Geography;

public sealed class GeoJsonFilesTests
{
    [Fact]
    public void Broken_json_is_an_input_error_with_its_line()
    {
        var ex = Assert.Throws<InputException>(() => GeoJsonFiles.Parse("{\n \"type\": \"Polygon\",\n \"coordinates\": [[[34.3, 31.3], \n", "line.geojson"));
        Assert.Equal("line.geojson", ex.File);
        Assert.NotNull(ex.Line);
    }

    [Fact]
    public void A_file_without_polygons_cannot_be_a_withdrawal_line()
    {
        var fc = GeoJsonFiles.Parse("{\"type\":\"Point\",\"coordinates\":[34.3,31.3]}", "p.geojson");
        var ex = Assert.Throws<InputException>(() => GeoJsonFiles.UnionOfPolygons(fc, "p.geojson"));
        Assert.Contains("no Polygon", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bare_polygon_and_a_feature_collection_both_read()
    {
        var bare = GeoJsonFiles.Parse("{\"type\":\"Polygon\",\"coordinates\":[[[34.3,31.3],[34.31,31.3],[34.31,31.31],[34.3,31.3]]]}", "a");
        var fc = GeoJsonFiles.Parse("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"name\":\"x\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[34.3,31.3],[34.31,31.3],[34.31,31.31],[34.3,31.3]]]}}]}", "b");
        Assert.Equal(GeoJsonFiles.UnionOfPolygons(bare, "a").Area, GeoJsonFiles.UnionOfPolygons(fc, "b").Area, 1e-15);
        Assert.Equal("x", GeoJsonFiles.GetString(fc[0].Attributes, "name"));
    }
}
