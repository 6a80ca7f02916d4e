using System.Text.Json;
using Parley.Application.Backtest;
using Parley.Cli.Commands.Models;
using Parley.Domain.Endings;

namespace Parley.Cli.Commands.Validation;

/// <summary>
/// The backtest as JSON: <c>{"cases": [{scenario, hypothesis, runs, observedDays, observedCensored,
/// observedEnding, horizonDays, medianDays, interval50, interval90, withinFactor2, in50, in90, brier,
/// endingShares, agreedText: {agreedRuns, issues: [{issue, observed, share}], whole} | null}], "summary": {cases,
/// withinFactor2Share, coverage50, coverage90, meanBrier}}</c>.
/// A day that lies beyond the horizon, a check the runs cannot decide, and the ending and Brier score of a
/// case whose ending history has not decided, are null.
/// </summary>
internal static class BacktestJson
{
    public static string ToJson(BacktestResult result) => JsonText.Build(w =>
    {
        w.WriteStartObject();
        w.WriteStartArray("cases");
        foreach (var c in result.Cases)
        {
            WriteCase(w, c);
        }
        w.WriteEndArray();
        var s = result.Summary;
        w.WriteStartObject("summary");
        w.WriteNumber("cases", s.Cases);
        Number(w, "withinFactor2Share", s.WithinFactor2Share);
        Number(w, "coverage50", s.Coverage50);
        Number(w, "coverage90", s.Coverage90);
        Number(w, "meanBrier", s.MeanBrier);
        w.WriteEndObject();
        w.WriteEndObject();
    });

    private static void WriteCase(Utf8JsonWriter w, BacktestCase c)
    {
        w.WriteStartObject();
        w.WriteString("scenario", c.Scenario);
        w.WriteString("hypothesis", c.Hypothesis);
        w.WriteNumber("runs", c.Runs);
        w.WriteNumber("observedDays", c.Observed.Days);
        w.WriteBoolean("observedCensored", c.Observed.Censored);
        if (c.Observed.Ending is { } observedEnding)
        {
            w.WriteString("observedEnding", EndingNames.Name(observedEnding));
        }
        else
        {
            w.WriteNull("observedEnding");
        }
        w.WriteNumber("horizonDays", c.Time.HorizonDays);
        Number(w, "medianDays", c.Time.Median);
        Interval(w, "interval50", c.Time.Interval50);
        Interval(w, "interval90", c.Time.Interval90);
        Boolean(w, "withinFactor2", c.WithinFactor2);
        Boolean(w, "in50", c.In50);
        Boolean(w, "in90", c.In90);
        Number(w, "brier", c.Brier);
        w.WriteStartObject("endingShares");
        foreach (var (ending, share) in c.EndingShares)
        {
            w.WriteNumber(EndingNames.Name(ending), share);
        }
        w.WriteEndObject();
        if (c.Text is { } text)
        {
            w.WriteStartObject("agreedText");
            w.WriteNumber("agreedRuns", text.Agreed);
            w.WriteStartArray("issues");
            foreach (var issue in text.Issues)
            {
                w.WriteStartObject();
                w.WriteString("issue", issue.Issue);
                w.WriteString("observed", issue.Observed);
                Number(w, "share", issue.Share);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            Number(w, "whole", text.Whole);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("agreedText");
        }
        w.WriteEndObject();
    }

    private static void Interval(Utf8JsonWriter w, string name, TimeInterval interval)
    {
        w.WriteStartArray(name);
        foreach (var end in new[] { interval.Low, interval.High })
        {
            if (end is { } v)
            {
                w.WriteNumberValue(v);
            }
            else
            {
                w.WriteNullValue();
            }
        }
        w.WriteEndArray();
    }

    private static void Number(Utf8JsonWriter w, string name, double? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static void Boolean(Utf8JsonWriter w, string name, bool? value)
    {
        if (value is { } v)
        {
            w.WriteBoolean(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }
}
