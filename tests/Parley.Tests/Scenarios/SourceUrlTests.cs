using Parley.Formats.Scenario;

namespace Parley.Tests.Scenarios;

/// <summary>
/// A shipped scenario's source addresses come from its facts file (issue 11 §5: sources.csv carries
/// each source's URL, and no URL is invented): every http(s) <c>url:</c> names a site the facts file
/// names (its host and, where the facts file gives one, its path), or is the doi.org address of a DOI
/// the facts file quotes. The Gaza facts file gives no address, so no Gaza source has one.
/// </summary>
public sealed class SourceUrlTests
{
    [Fact]
    public void Korea_urls_name_sites_or_dois_of_its_facts_file()
    {
        var facts = File.ReadAllText(KoreaFiles.Facts);
        var scenario = ScenarioReader.ReadFile(KoreaFiles.Scenario);
        var urls = scenario.Sources.Where(s => s.Url is { } u && u.StartsWith("https://", StringComparison.Ordinal)).ToList();
        Assert.True(urls.Count >= 5, $"only {urls.Count} Korea sources carry an address");
        foreach (var s in urls)
        {
            var uri = new Uri(s.Url!);
            var named = uri.Host == "doi.org"
                ? facts.Contains("DOI " + uri.AbsolutePath.TrimStart('/'), StringComparison.Ordinal)
                : facts.Contains(uri.Host, StringComparison.Ordinal);
            Assert.True(named, $"source '{s.Id}': {s.Url} names no site or DOI of the facts file");
        }

        // FRUS addresses: the volume the facts file reads ("FRUS 1951 VII" is vol. VII, part 1) and the document the id names.
        Assert.All(urls.Where(s => s.Id.StartsWith("frus-1951-", StringComparison.Ordinal)), s =>
            Assert.Equal($"https://history.state.gov/historicaldocuments/frus1951v07p1/{s.Id["frus-1951-".Length..]}", s.Url));
    }

    [Fact]
    public void Gaza_sources_carry_no_address_because_its_facts_file_gives_none()
    {
        var facts = File.ReadAllText(GazaFiles.FactsPath);
        Assert.DoesNotContain("http", facts, StringComparison.OrdinalIgnoreCase);
        Assert.All(GazaFiles.Scenario.Sources, s => Assert.Null(s.Url));
    }
}
