using Parley.Cli.Tests.TestSupport;

namespace Parley.Cli.Tests.Validation;

/// <summary>Every kind of bad input gets one line naming the file, the position where known, and the fix; exit code 2.</summary>
public sealed class BadInputTests
{
    private const string Header = "parley: 1\nmetadata: { title: t }\n";

    [Fact]
    public void Missing_file()
    {
        var result = ParleyCli.Run("analyze", "no/such/scenario.yaml");
        ErrorAssert.OneLine(result, "no/such/scenario.yaml", "not found");
    }

    [Fact]
    public void Malformed_xml_names_line_and_column()
    {
        var dir = TestFiles.Shared("data", "genius", "Car");
        var result = ParleyCli.Run("analyze", Path.Combine(dir, "adg.xml"), Path.Combine(dir, "adg_deal.xml"), Path.Combine(dir, "adg_B10.xml"));
        ErrorAssert.OneLine(result, "adg_deal.xml:46:");
    }

    [Fact]
    public void Malformed_yaml_names_line_and_column()
    {
        var path = TestFiles.TempFile("bad.yaml", Header + "issues:\n  - { name: x, type: boolean\n");
        ErrorAssert.OneLine(result: ParleyCli.Run("validate", path), "bad.yaml:", "not valid YAML");
    }

    [Fact]
    public void Issue_with_no_options()
    {
        var path = TestFiles.TempFile("empty.yaml", Header + """
            issues:
              - { name: administration, type: discrete, options: [] }
            parties:
              - { name: A, role: belligerent, weights: { administration: 1 } }
              - { name: B, role: belligerent, weights: { administration: 1 } }
            """);
        ErrorAssert.OneLine(ParleyCli.Run("validate", path), "empty.yaml:4:", "administration", "no options");
    }

    [Fact]
    public void Weights_that_sum_to_zero()
    {
        var path = TestFiles.TempFile("zero.yaml", Header + """
            issues:
              - { name: rafah, type: boolean }
            parties:
              - name: A
                role: belligerent
                weights: { rafah: 0 }
              - { name: B, role: belligerent, weights: { rafah: 1 }, values: { rafah: { table: { "true": 1 } } } }
            """);
        ErrorAssert.OneLine(ParleyCli.Run("analyze", path), "zero.yaml:8:", "sum to 0");
    }

    [Fact]
    public void Profile_naming_an_issue_the_domain_lacks()
    {
        var path = TestFiles.TempFile("unknown-issue.yaml", Header + """
            issues:
              - { name: rafah, type: boolean }
            parties:
              - { name: A, role: belligerent, weights: { rafah: 1, airdrops: 1 }, values: { rafah: { table: { "true": 1 } } } }
              - { name: B, role: belligerent, weights: { rafah: 1 }, values: { rafah: { table: { "false": 1 } } } }
            """);
        ErrorAssert.OneLine(ParleyCli.Run("analyze", path), "unknown-issue.yaml:6:", "'airdrops'", "lacks", "'rafah'");
    }

    [Fact]
    public void Genius_profile_naming_an_issue_the_domain_lacks()
    {
        var dir = TestFiles.Shared("data", "genius");
        // The Laptop domain with a Camera profile: the profile's issues are not the domain's.
        var result = ParleyCli.Run("analyze", Path.Combine(dir, "Laptop", "laptop_domain.xml"), Path.Combine(dir, "Camera", "camera_buyer_utility.xml"), Path.Combine(dir, "Laptop", "laptop_seller_utility.xml"));
        ErrorAssert.OneLine(result, "camera_buyer_utility.xml");
    }

    [Fact]
    public void Unknown_yaml_key_names_the_key_and_where_it_is()
    {
        var path = TestFiles.TempFile("typo.yaml", Header + """
            issues:
              - { name: rafah, type: boolean, colour: red }
            parties:
              - { name: A, role: belligerent, weights: { rafah: 1 }, values: { rafah: { table: { "true": 1 } } } }
              - { name: B, role: belligerent, weights: { rafah: 1 }, values: { rafah: { table: { "false": 1 } } } }
            """);
        var line = ErrorAssert.OneLine(ParleyCli.Run("validate", path), "typo.yaml:4:", "unknown key 'colour'");
        Assert.Contains("allowed keys here:", line);
    }

    [Fact]
    public void A_space_too_large_to_enumerate()
    {
        // Ten issues of ten options (10^10 texts) and a cross-issue term: enumeration would be needed.
        var issues = string.Join("\n", Enumerable.Range(0, 10).Select(i => $"  - {{ name: i{i}, type: integer, min: 0, max: 9 }}"));
        var weights = string.Join(", ", Enumerable.Range(0, 10).Select(i => $"i{i}: 1"));
        var values = string.Join(", ", Enumerable.Range(0, 10).Select(i => $"i{i}: {{ linear: {{ worst: 0, best: 9 }} }}"));
        var path = TestFiles.TempFile("huge.yaml", Header + $$"""
            issues:
            {{issues}}
            parties:
              - { name: A, role: belligerent, weights: { {{weights}} }, values: { {{values}} }, interactions: [ { when: { i0: 0, i1: 0 }, value: 0.1 } ] }
              - { name: B, role: belligerent, weights: { {{weights}} }, values: { {{values}} } }
            """);
        ErrorAssert.OneLine(ParleyCli.Run("analyze", path), "cross-issue", "10,000,000,000", "limit");
    }

    [Fact]
    public void Unknown_command_and_unknown_option()
    {
        ErrorAssert.OneLine(ParleyCli.Run("bogus"), "bogus");
        ErrorAssert.OneLine(ParleyCli.Run("analyze", TestFiles.Example, "--colour", "red"), "colour");
    }

    [Fact]
    public void Unknown_format()
    {
        ErrorAssert.OneLine(ParleyCli.Run("analyze", TestFiles.Example, "--format", "xml"), "format 'xml'");
    }
}
