using Parley.Domain;
using Parley.Formats.Scenario;
using Xunit;

namespace Parley.Tests.Texts;

/// <summary>Reading version-2 texts: what is accepted, and the errors a mistake gives (with its line).</summary>
public sealed class TextReaderTests
{
    private static string WithText(string text) =>
        File.ReadAllText(TextFixture.PathOf("texts.yaml")).Split("texts:\n")[0] + "texts:\n" + text;

    [Theory]
    [InlineData("  - { name: t, values: { line: mid }, clauses: [ { id: 1, issue: line, value: mid } ] }\n", "both values and clauses")]
    [InlineData("  - { name: t, clauses: [ { id: 1, issue: line, value: mid }, { id: 1, issue: aid trucks per day, value: 400 } ] }\n", "two clauses 1")]
    [InlineData("  - { name: t, clauses: [ { id: 1, issue: line, value: mid }, { id: 2, issue: line, value: far } ] }\n", "already binds")]
    [InlineData("  - { name: t, clauses: [ { id: 1, issue: line, readings: [ { value: mid, weight: 1 }, { value: mid, weight: 2 } ] } ] }\n", "lists the reading mid twice")]
    [InlineData("  - { name: t, clauses: [ { id: 1, issue: line, readings: [ { value: mid, weight: 0 }, { value: far, weight: 0 } ] } ] }\n", "not all zero")]
    [InlineData("  - { name: t, clauses: [ { id: 1, issue: line, value: mid, range: [near, far] } ] }\n", "exactly one of value")]
    [InlineData("  - { name: t, clauses: [ { id: 1, issue: line, readings: [ { value: mid, weight: 1, party_weights: { Nobody: 1 } }, { value: far, weight: 1 } ] } ] }\n", "'Nobody' is not a party")]
    [InlineData("  - { name: t, clauses: [ { id: 1, issue: aid trucks per day, range: [600, 200] } ] }\n", "lower bound first")]
    [InlineData("  - { name: t, clauses: [ { id: 1, issue: line, value: mid } ], exchanges: [ { phase: one, releases: North, released: prisoners } ] }\n", "no phase 'one'")]
    [InlineData("  - { name: t, clauses: [ { id: 1, issue: line, value: mid } ], phases: [ { name: p, duration_days: 4.5 } ] }\n", "whole number")]
    public void A_mistake_in_a_text_is_an_input_error(string text, string expected)
    {
        var ex = Assert.Throws<InputException>(() => ScenarioReader.Parse(WithText(text), "t.yaml"));
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
        Assert.NotNull(ex.Line);
    }

    [Fact]
    public void A_text_needs_values_or_clauses()
    {
        var ex = Assert.Throws<InputException>(() => ScenarioReader.Parse(WithText("  - { name: t }\n"), "t.yaml"));
        Assert.NotNull(ex.Line);
    }

    [Fact]
    public void Version_2_parts_are_read()
    {
        var text = TextFixture.Scenario.Text("full");
        Assert.Equal([42, null], text.Phases.Select(p => p.DurationDays));
        Assert.Equal(16, text.Phases[0].TalksFromDay);
        Assert.Equal([33, 990], text.Exchanges.Select(x => x.Count));
        Assert.Equal("North", text.Obligations[0].Party);
        Assert.Equal(["Mediator"], text.Guarantors.ToArray());
        Assert.Equal("2025-07-06", TextFixture.Scenario.Text("vague line").Date);
        Assert.Equal("A text with lines \"close to\" the old ones", TextFixture.Scenario.Text("vague line").DisplayTitle);
    }
}
