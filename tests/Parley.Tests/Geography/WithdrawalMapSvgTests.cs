using System.Xml.Linq;
using Parley.Domain;
using Parley.Geography;

namespace Parley.Tests.Geography;

public sealed class WithdrawalMapSvgTests
{
    [Fact]
    public void Svg_is_well_formed_with_one_filled_path_and_legend_entry_per_zone()
    {
        var map = WithdrawalMap.Create(GeoTestData.Coarse, [(700, "700 m", "test"), (1100, "1,100 m", "test"), (1200, "1,200 m", "test")], [], null);
        var svg = WithdrawalMapSvg.Render(map);
        var doc = XDocument.Parse(svg);
        XNamespace ns = "http://www.w3.org/2000/svg";
        Assert.Equal(ns + "svg", doc.Root!.Name);
        var zonePaths = doc.Descendants(ns + "path").Where(p => p.Element(ns + "title") is not null).ToList();
        Assert.Equal(3, zonePaths.Count);
        var text = string.Join("\n", doc.Descendants(ns + "text").Select(t => t.Value));
        Assert.Contains("700 m", text);
        Assert.Contains("1,200 m", text);
        Assert.Contains("Approximate built-in outline", text);
        Assert.Contains("OpenStreetMap contributors", text);
        Assert.Contains("Kerem Shalom", text);
        Assert.Contains("5 km", text);
    }

    [Fact]
    public void Tiny_maps_are_rejected()
    {
        var map = WithdrawalMap.Create(GeoTestData.Coarse, [(700, "700 m", "test")], [], null);
        Assert.Throws<ModelException>(() => WithdrawalMapSvg.Render(map, 10));
    }
}
