using System.Text.Json;
using Parley.Cli.Tests.TestSupport;

namespace Parley.Cli.Tests.Texts;

/// <summary><c>parley text list|render|audit|diff</c>: the JSON contracts of issue 11 and the formats.</summary>
public sealed class TextCommandTests
{
    private static readonly string Fixture = TestFiles.Repo("tests", "Fixtures", "texts.yaml");

    [Fact]
    public void List_gives_name_title_and_counts_with_the_title_falling_back_to_the_name()
    {
        var r = ParleyCli.Run("text", "list", Fixture, "--format", "json");
        Assert.True(r.ExitCode == 0, r.Stderr);
        var rows = JsonDocument.Parse(r.Stdout).RootElement.EnumerateArray().ToArray();
        Assert.Equal(3, rows.Length);
        Assert.Equal(["name", "title", "phases", "clauses"], rows[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal("values only", rows[0].GetProperty("title").GetString());
        Assert.Equal("A text with lines \"close to\" the old ones", rows[1].GetProperty("title").GetString());
        Assert.Equal(3, rows[1].GetProperty("clauses").GetInt32());
        Assert.Equal(2, rows[2].GetProperty("phases").GetInt32());
    }

    [Fact]
    public void Audit_json_has_the_contracted_fields()
    {
        var r = ParleyCli.Run("text", "audit", Fixture, "--text", "vague line", "--format", "json");
        Assert.True(r.ExitCode == 0, r.Stderr);
        var root = JsonDocument.Parse(r.Stdout).RootElement;
        Assert.Equal("vague line", root.GetProperty("text").GetString());
        var clause = root.GetProperty("clauses")[0];
        Assert.Equal("1", clause.GetProperty("id").GetString());
        Assert.Equal("line", clause.GetProperty("issue").GetString());
        Assert.Equal("vague", clause.GetProperty("precision").GetString());
        Assert.Equal("near", clause.GetProperty("readings")[0].GetProperty("value").GetString());
        Assert.Equal(0.5, clause.GetProperty("readings")[0].GetProperty("weight").GetDouble(), 12);
        var vague = root.GetProperty("vague")[0];
        Assert.Equal("1", vague.GetProperty("clause").GetString());
        Assert.Equal(3, vague.GetProperty("readings").GetArrayLength());
        Assert.Equal([0.25, 0.75], vague.GetProperty("utilitySpread").GetProperty("North").EnumerateArray().Select(x => x.GetDouble()));
        Assert.Equal(JsonValueKind.Number, vague.GetProperty("clarificationValue").ValueKind);
        Assert.Contains("lines", root.GetProperty("missingElements").EnumerateArray().Select(e => e.GetString()));
        foreach (var day in new[] { "30", "90", "365" })
        {
            var share = root.GetProperty("durability").GetProperty(day).GetDouble();
            var interval = root.GetProperty("durabilityInterval").GetProperty(day);
            Assert.InRange(share, 0, 1);
            Assert.InRange(share, interval[0].GetDouble(), interval[1].GetDouble());
        }
    }

    [Fact]
    public void Render_gives_markdown_and_html_with_clause_numbers()
    {
        var md = ParleyCli.Run("text", "render", Fixture, "--text", "full", "--format", "md");
        Assert.True(md.ExitCode == 0, md.Stderr);
        Assert.Contains("| 2 | aid trucks per day | bounded | 400 (0.5); 600 (0.5) |", md.Stdout, StringComparison.Ordinal);
        Assert.Contains("| phase 1 | 42 | 16 |", md.Stdout, StringComparison.Ordinal);
        var html = ParleyCli.Run("text", "render", Fixture, "--text", "vague line", "--format", "html");
        Assert.True(html.ExitCode == 0, html.Stderr);
        Assert.Contains("<td id=\"clause-1\">1</td>", html.Stdout, StringComparison.Ordinal);
        Assert.Contains("<h1>A text with lines &quot;close to&quot; the old ones</h1>", html.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Diff_compares_text_with_against()
    {
        var r = ParleyCli.Run("text", "diff", Fixture, "--text", "full", "--against", "values only", "--format", "json");
        Assert.True(r.ExitCode == 0, r.Stderr);
        var root = JsonDocument.Parse(r.Stdout).RootElement;
        Assert.Equal("full", root.GetProperty("text").GetString());
        Assert.Equal("values only", root.GetProperty("against").GetString());
        Assert.True(root.GetProperty("issues")[1].GetProperty("changed").GetBoolean());
    }

    [Theory]
    [InlineData("text", "audit", "--text", "nope")]
    [InlineData("text", "diff", "--text", "full")]
    [InlineData("text", "render", "--format", "pdf")]
    public void Mistakes_exit_2_with_a_message(params string[] args)
    {
        var r = ParleyCli.Run([args[0], args[1], Fixture, .. args[2..]]);
        Assert.Equal(2, r.ExitCode);
        Assert.DoesNotContain("   at ", r.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void The_shipped_scenario_is_found_by_its_id()
    {
        var r = ParleyCli.Run("text", "list", "gaza-2025", "--format", "json");
        Assert.True(r.ExitCode == 0, r.Stderr);
        Assert.True(JsonDocument.Parse(r.Stdout).RootElement.GetArrayLength() >= 3);
    }

    [Fact]
    public void Render_yaml_writes_a_texts_section_the_reader_loads()
    {
        var gaza = TestFiles.Repo("scenarios", "gaza-2025", "scenario.yaml");
        var r = ParleyCli.Run("text", "render", gaza, "--text", "January 2025 agreement", "--format", "yaml");
        Assert.True(r.ExitCode == 0, r.Stderr);
        Assert.StartsWith("texts:\n- name: January 2025 agreement\n", r.Stdout.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("talks_from_day:", r.Stdout, StringComparison.Ordinal);
        Assert.Contains("date: 2025-03-18", r.Stdout, StringComparison.Ordinal);
    }
}
