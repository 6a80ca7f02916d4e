using Parley.Domain;
using Parley.Geography;

namespace Parley.Tests.Geography;

public sealed class TransverseMercatorTests
{
    // Reference values from PROJ 9.1.1: echo "lat lon" | cs2cs -f %.4f EPSG:4326 EPSG:32636
    [Theory]
    [InlineData(31.22083, 34.27056, 621019.5647, 3454771.4571)] // Kerem Shalom
    [InlineData(31.5582, 34.54472, 646610.4358, 3492501.7017)] // Erez
    [InlineData(31.5, 34.4, 632956.1019, 3485865.4794)]
    [InlineData(31.5, 33.0, 500000.0000, 3485016.6462)] // on the central meridian
    [InlineData(33.2, 36.1, 788990.8345, 3677742.6760)] // edge of zone 36
    [InlineData(29.5, 35.9, 781152.0189, 3266888.9910)]
    public void Forward_matches_PROJ_to_a_millimetre(double lat, double lon, double easting, double northing)
    {
        var (e, n) = TransverseMercator.Utm(36).Forward(lon, lat);
        Assert.Equal(easting, e, 0.001);
        Assert.Equal(northing, n, 0.001);
    }

    [Fact]
    public void Inverse_matches_PROJ()
    {
        // echo "600000 3500000" | cs2cs -f %.8f EPSG:32636 EPSG:4326  ->  31.63083180 34.05447119
        var (lon, lat) = TransverseMercator.Utm(36).Inverse(600000, 3500000);
        Assert.Equal(34.05447119, lon, 1e-7);
        Assert.Equal(31.63083180, lat, 1e-7);
    }

    [Fact]
    public void Equator_on_the_central_meridian_is_the_false_origin()
    {
        var (e, n) = TransverseMercator.Utm(36).Forward(33, 0);
        Assert.Equal(500000, e, 1e-6);
        Assert.Equal(0, n, 1e-6);
    }

    [Fact]
    public void Forward_then_inverse_returns_the_point()
    {
        for (var lat = 29.0; lat <= 34.0; lat += 0.37)
        {
            for (var lon = 30.5; lon <= 36.5; lon += 0.41)
            {
                var (e, n) = TransverseMercator.Utm(36).Forward(lon, lat);
                var (lon2, lat2) = TransverseMercator.Utm(36).Inverse(e, n);
                // 1e-8 degrees is about 1 mm: the n³ truncation of the series.
                Assert.Equal(lon, lon2, 1e-8);
                Assert.Equal(lat, lat2, 1e-8);
            }
        }
    }

    [Fact]
    public void Zone_numbers_outside_1_to_60_are_rejected()
    {
        Assert.Throws<ModelException>(() => TransverseMercator.Utm(0));
        Assert.Throws<ModelException>(() => TransverseMercator.Utm(61));
        Assert.Equal(33, TransverseMercator.Utm(36).CentralMeridianDeg);
    }
}
