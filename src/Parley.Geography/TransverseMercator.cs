namespace Parley.Geography;

/// <summary>
/// The transverse Mercator projection on the WGS 84 ellipsoid, written out from Krüger's series
/// (the form used by Karney, "Transverse Mercator with an accuracy of a few nanometers", J. Geodesy
/// 85, 2011, and by the Wikipedia article on UTM), truncated at the third power of the third
/// flattening n. Within a few degrees of the central meridian the truncation error is below a
/// millimetre, far below the accuracy of any outline Parley uses. <see cref="Utm(int)"/> gives the
/// Universal Transverse Mercator zones of the northern hemisphere; zone 36 (EPSG:32636) is the grid
/// OCHA uses for Gaza. Written for Parley rather than taken from a package: the NuGet mirror's only
/// projection engine (ProjNET) is LGPL, and one projection is all the map code needs.
/// </summary>
public sealed class TransverseMercator
{
    private const double SemiMajorAxis = 6378137.0;
    private const double InverseFlattening = 298.257223563;

    private readonly double _centralMeridianRad;
    private readonly double _scale;
    private readonly double _falseEasting;
    private readonly double _falseNorthing;
    private readonly double _rectifyingRadius;
    private readonly double _eccentricity;
    private readonly double[] _alpha;
    private readonly double[] _beta;
    private readonly double[] _delta;

    /// <summary>Creates a projection with the given central meridian (degrees), scale on it, and false origin (metres).</summary>
    public TransverseMercator(double centralMeridianDeg, double scaleFactor, double falseEasting, double falseNorthing)
    {
        if (!double.IsFinite(centralMeridianDeg) || centralMeridianDeg is < -180 or > 180)
        {
            throw new Domain.ModelException($"central meridian {centralMeridianDeg} is not a longitude: give degrees in -180..180");
        }
        if (!double.IsFinite(scaleFactor) || scaleFactor <= 0)
        {
            throw new Domain.ModelException($"scale factor {scaleFactor} must be positive");
        }
        CentralMeridianDeg = centralMeridianDeg;
        _centralMeridianRad = centralMeridianDeg * Math.PI / 180.0;
        _scale = scaleFactor;
        _falseEasting = falseEasting;
        _falseNorthing = falseNorthing;

        var f = 1.0 / InverseFlattening;
        var n = f / (2 - f);
        var n2 = n * n;
        var n3 = n2 * n;
        var n4 = n3 * n;
        _rectifyingRadius = SemiMajorAxis / (1 + n) * (1 + (n2 / 4) + (n4 / 64));
        _eccentricity = 2 * Math.Sqrt(n) / (1 + n);
        _alpha =
        [
            (n / 2) - (2 * n2 / 3) + (5 * n3 / 16),
            (13 * n2 / 48) - (3 * n3 / 5),
            61 * n3 / 240,
        ];
        _beta =
        [
            (n / 2) - (2 * n2 / 3) + (37 * n3 / 96),
            (n2 / 48) + (n3 / 15),
            17 * n3 / 480,
        ];
        _delta =
        [
            (2 * n) - (2 * n2 / 3) - (2 * n3),
            (7 * n2 / 3) - (8 * n3 / 5),
            56 * n3 / 15,
        ];
    }

    /// <summary>The central meridian in degrees east.</summary>
    public double CentralMeridianDeg { get; }

    /// <summary>UTM zone <paramref name="zone"/> (1..60) of the northern hemisphere, e.g. 36 for EPSG:32636.</summary>
    public static TransverseMercator Utm(int zone)
    {
        if (zone is < 1 or > 60)
        {
            throw new Domain.ModelException($"UTM zone {zone} does not exist: use 1..60");
        }
        return new TransverseMercator((zone * 6) - 183, 0.9996, 500_000, 0) { Srid = 32600 + zone };
    }

    /// <summary>The UTM zone (northern hemisphere) that holds longitude <paramref name="lonDeg"/>.</summary>
    public static TransverseMercator UtmFor(double lonDeg)
    {
        if (!double.IsFinite(lonDeg) || lonDeg is < -180 or > 180)
        {
            throw new Domain.ModelException($"longitude {lonDeg} is not in -180..180: is the file in WGS 84 degrees?");
        }
        return Utm(Math.Clamp((int)Math.Floor((lonDeg + 180) / 6) + 1, 1, 60));
    }

    /// <summary>The EPSG code of the grid (326zz for UTM zone zz north), or 0 for a custom grid.</summary>
    public int Srid { get; private init; }

    /// <summary>Projects a WGS 84 longitude and latitude (degrees) to easting and northing (metres).</summary>
    public (double Easting, double Northing) Forward(double lonDeg, double latDeg)
    {
        var phi = latDeg * Math.PI / 180.0;
        var dLambda = (lonDeg * Math.PI / 180.0) - _centralMeridianRad;
        var sinPhi = Math.Sin(phi);
        var t = Math.Sinh(Math.Atanh(sinPhi) - (_eccentricity * Math.Atanh(_eccentricity * sinPhi)));
        var xiPrime = Math.Atan2(t, Math.Cos(dLambda));
        var etaPrime = Math.Atanh(Math.Sin(dLambda) / Math.Sqrt(1 + (t * t)));
        var xi = xiPrime;
        var eta = etaPrime;
        for (var j = 1; j <= _alpha.Length; j++)
        {
            var a = _alpha[j - 1];
            xi += a * Math.Sin(2 * j * xiPrime) * Math.Cosh(2 * j * etaPrime);
            eta += a * Math.Cos(2 * j * xiPrime) * Math.Sinh(2 * j * etaPrime);
        }
        return (_falseEasting + (_scale * _rectifyingRadius * eta), _falseNorthing + (_scale * _rectifyingRadius * xi));
    }

    /// <summary>Converts easting and northing (metres) back to WGS 84 longitude and latitude (degrees).</summary>
    public (double Lon, double Lat) Inverse(double easting, double northing)
    {
        var xi = (northing - _falseNorthing) / (_scale * _rectifyingRadius);
        var eta = (easting - _falseEasting) / (_scale * _rectifyingRadius);
        var xiPrime = xi;
        var etaPrime = eta;
        for (var j = 1; j <= _beta.Length; j++)
        {
            var b = _beta[j - 1];
            xiPrime -= b * Math.Sin(2 * j * xi) * Math.Cosh(2 * j * eta);
            etaPrime -= b * Math.Cos(2 * j * xi) * Math.Sinh(2 * j * eta);
        }
        var chi = Math.Asin(Math.Sin(xiPrime) / Math.Cosh(etaPrime));
        var phi = chi;
        for (var j = 1; j <= _delta.Length; j++)
        {
            phi += _delta[j - 1] * Math.Sin(2 * j * chi);
        }
        var lambda = _centralMeridianRad + Math.Atan2(Math.Sinh(etaPrime), Math.Cos(xiPrime));
        return (lambda * 180.0 / Math.PI, phi * 180.0 / Math.PI);
    }
}
