using BenchmarkDotNet.Attributes;
using Parley.Formats.Genius;

namespace Parley.Benchmarks.Formats;

/// <summary>Reading a GENIUS domain and its two profiles from ../shared/data/genius (files are in the OS cache after the first run).</summary>
[MemoryDiagnoser]
public class GeniusReadBenchmarks
{
    private string _folder = string.Empty;

    [Params("Laptop", "Travel", "Car")]
    public string Domain { get; set; } = "Laptop";

    [GlobalSetup]
    public void Setup()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data", "genius");
            if (Directory.Exists(candidate))
            {
                _folder = candidate;
                return;
            }
        }
        throw new DirectoryNotFoundException("no shared/data/genius above " + AppContext.BaseDirectory);
    }

    [Benchmark]
    public double DomainAndTwoProfiles()
    {
        var (domain, a, b) = Domain switch
        {
            "Travel" => ("travel_domain.xml", "travel_chox.xml", "travel_fanny.xml"),
            "Car" => ("adg.xml", "adg_A10.xml", "adg_B10.xml"),
            _ => ("laptop_domain.xml", "laptop_buyer_utility.xml", "laptop_seller_utility.xml"),
        };
        var space = GeniusReader.ReadDomain(Path.Combine(_folder, Domain, domain));
        var first = GeniusReader.ReadProfile(space, Path.Combine(_folder, Domain, a));
        var second = GeniusReader.ReadProfile(space, Path.Combine(_folder, Domain, b));
        return first.ReservationValue + second.ReservationValue + space.Count;
    }
}
