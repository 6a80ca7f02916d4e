using Parley.Domain;
using Parley.Formats;
using Parley.Formats.Genius;

namespace Parley.Tests.Formats.Genius;

/// <summary>Every bad input gives a one-line <see cref="InputException"/> naming the file, the line where known, and what to fix.</summary>
public sealed class GeniusErrorTests
{
    private static readonly Lazy<OutcomeSpace> Domain = new(() => GeniusReader.ReadDomain(GeniusTestData.Sample("Errors", "domain.xml")));

    [Fact]
    public void TheBaselineProfileLoads()
    {
        var file = GeniusReader.ReadProfile(Domain.Value, GeniusTestData.Sample("Errors", "good.xml"));
        // Aid UN (3/3) * 0.5 + Rafah Open (1/1) * 0.3 + Trucks 4 (0.25 * 4 = 1) * 0.2 = 1.
        Assert.Equal(1.0, file.Profile.Utility([0, 0, 4]), 1e-12);
        Assert.Equal(30, Domain.Value.Count); // 3 x 2 x 5
    }

    [Fact]
    public void MissingFile()
    {
        var path = GeniusTestData.Sample("Errors", "no_such_file.xml");
        var e = Assert.Throws<InputException>(() => GeniusReader.ReadDomain(path));
        Assert.Equal(path, e.File);
        Assert.Null(e.Line);
        Assert.Equal($"{path}: file not found: check the path", e.Message);
        Assert.Throws<InputException>(() => GeniusReader.ReadProfile(Domain.Value, path));
    }

    [Theory]
    [InlineData("domain_malformed.xml", 8, "not well-formed XML")]
    [InlineData("domain_no_items.xml", 9, "discrete issue 'Rafah' has no options")]
    [InlineData("domain_unknown_type.xml", 6, "type=\"date\"")]
    [InlineData("domain_wrong_root.xml", 3, "expected <negotiation_template> or <utility_space>")]
    public void BadDomain(string file, int line, string fragment)
    {
        var path = GeniusTestData.Sample("Errors", file);
        AssertError(() => GeniusReader.ReadDomain(path), path, line, fragment);
    }

    [Theory]
    [InlineData("zero_weights.xml", 17, "weights sum to 0")]
    [InlineData("unknown_index.xml", 14, "issue index 9 'Trucks', which the domain lacks")]
    [InlineData("wrong_name.xml", 10, "issue 2 is named 'Border', but the domain's issue 2 is 'Rafah'")]
    [InlineData("unknown_value.xml", 8, "issue 'Aid' has no option 'Private contractors' in the domain")]
    [InlineData("no_items.xml", 10, "issue 'Rafah' has no <item> evaluations")]
    [InlineData("unknown_type.xml", 14, "type=\"price\", which GENIUS does not know")]
    [InlineData("missing_weight.xml", 14, "no <weight> for issue 'Trucks' (index 3)")]
    [InlineData("missing_issue.xml", 3, "no <issue> for domain issue 'Trucks' (index 3)")]
    [InlineData("no_evaluator.xml", 14, "integer issue 'Trucks' has no <evaluator>")]
    [InlineData("bad_weight.xml", 18, "value=\"heavy\", which is not a finite number")]
    [InlineData("negative_evaluation.xml", 7, "evaluations must be >= 0")]
    [InlineData("type_mismatch.xml", 10, "says issue 'Rafah' is integer, but the domain declares it discrete")]
    [InlineData("bad_ftype.xml", 15, "ftype=\"faratin\"")]
    [InlineData("bad_reservation.xml", 21, "value=\"high\", which is not a finite number")]
    [InlineData("domain.xml", 3, "this is a GENIUS domain file")]
    public void BadProfile(string file, int line, string fragment)
    {
        var path = GeniusTestData.Sample("Errors", file);
        AssertError(() => GeniusReader.ReadProfile(Domain.Value, path), path, line, fragment);
    }

    [Fact]
    public void NotWellFormedSharedFileNamesFileLineAndColumn()
    {
        var path = GeniusTestData.Shared("Car", "adg_deal.xml");
        var e = Assert.Throws<InputException>(() => GeniusReader.ReadProfile(GeniusReader.ReadDomain(GeniusTestData.Shared("Car", "adg.xml")), path));
        Assert.Equal($"{path}:46:58: not well-formed XML: 'vtype' is an unexpected token. Expecting whitespace; fix the markup there", e.Message);
    }

    [Fact]
    public void SpaceNotReadFromGeniusIsPairedByName()
    {
        var space = new OutcomeSpace([
            new DiscreteIssue("Aid", ["UN", "Mixed", "Other"]),
            new DiscreteIssue("Rafah", ["Open", "Closed"]),
            new IntegerIssue("Trucks", 0, 4),
        ]);
        var file = GeniusReader.ReadProfile(space, GeniusTestData.Sample("Errors", "good.xml"));
        // Aid Mixed (2/3) * 0.5 + Rafah Closed (0) * 0.3 + Trucks 2 (0.5) * 0.2 = 1/3 + 0.1.
        Assert.Equal((2.0 / 3 * 0.5) + 0.1, file.Profile.Utility([1, 1, 2]), 1e-12);

        var lacking = new OutcomeSpace([new DiscreteIssue("Aid", ["UN", "Mixed", "Other"]), new DiscreteIssue("Rafah", ["Open", "Closed"])]);
        var path = GeniusTestData.Sample("Errors", "good.xml");
        AssertError(() => GeniusReader.ReadProfile(lacking, path), path, 14, "names issue 'Trucks', which the domain lacks: use one of 'Aid', 'Rafah'");
    }

    private static void AssertError(Action read, string path, int line, string fragment)
    {
        var e = Assert.Throws<InputException>(read);
        Assert.Equal(path, e.File);
        Assert.Equal(line, e.Line);
        Assert.NotNull(e.Column);
        Assert.StartsWith($"{path}:{line}:{e.Column}: ", e.Message, StringComparison.Ordinal);
        Assert.Contains(fragment, e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', e.Message);
    }
}
