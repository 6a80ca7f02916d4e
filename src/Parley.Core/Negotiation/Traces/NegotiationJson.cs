using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Parley.Domain;

namespace Parley.Negotiation.Traces;

/// <summary>
/// Writes negotiation results and traces as JSON (camelCase):
/// <c>{"protocol", "parties", "agreement": {"outcome", "utilities", "round", "discountedUtilities"} | null,
/// "rounds", "ending": "agreement"|"deadline"|"walkout", "walkedOut", "payoffs", "distanceToPareto",
/// "distanceToNash", "trace": [...]}</c>. Outcomes are objects from issue name to value text,
/// utilities objects from party name to number.
/// </summary>
public static class NegotiationJson
{
    /// <summary>The result as an indented JSON document.</summary>
    public static string Write(NegotiationResult result, OutcomeSpace space)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            WriteResult(writer, result, space);
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Writes the result object.</summary>
    public static void WriteResult(Utf8JsonWriter writer, NegotiationResult result, OutcomeSpace space)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(space);
        writer.WriteStartObject();
        writer.WriteString("protocol", result.Protocol);
        writer.WriteStartArray("parties");
        foreach (var p in result.PartyNames)
        {
            writer.WriteStringValue(p);
        }
        writer.WriteEndArray();
        if (result.Agreement is { } a)
        {
            writer.WriteStartObject("agreement");
            writer.WritePropertyName("outcome");
            WriteOutcome(writer, space, a.Outcome);
            writer.WritePropertyName("utilities");
            WriteUtilities(writer, result.PartyNames, a.Utilities.AsSpan());
            writer.WriteNumber("round", a.Round);
            writer.WritePropertyName("discountedUtilities");
            WriteUtilities(writer, result.PartyNames, a.DiscountedUtilities.AsSpan());
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull("agreement");
        }
        writer.WriteNumber("rounds", result.Rounds);
        writer.WriteString("ending", EndingName(result.Ending));
        if (result.WalkedOut is { } w)
        {
            writer.WriteString("walkedOut", result.PartyNames[w]);
        }
        else
        {
            writer.WriteNull("walkedOut");
        }
        writer.WritePropertyName("payoffs");
        WriteUtilities(writer, result.PartyNames, result.Payoffs.AsSpan());
        WriteNullable(writer, "distanceToPareto", result.DistanceToPareto);
        WriteNullable(writer, "distanceToNash", result.DistanceToNash);
        writer.WritePropertyName("trace");
        if (result.Trace is { } trace)
        {
            WriteEvents(writer, trace);
        }
        else
        {
            writer.WriteStartArray();
            writer.WriteEndArray();
        }
        writer.WriteEndObject();
    }

    /// <summary>Writes a trace as a JSON array of events.</summary>
    public static void WriteEvents(Utf8JsonWriter writer, NegotiationTrace trace)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(trace);
        writer.WriteStartArray();
        foreach (var e in trace.Events)
        {
            writer.WriteStartObject();
            writer.WriteNumber("round", e.Round);
            writer.WriteString("party", e.Actor);
            writer.WriteString("action", TraceCsv.ActionName(e.Action));
            if (e.Outcome is { } o)
            {
                writer.WritePropertyName("outcome");
                WriteOutcome(writer, trace.Space, o);
                writer.WritePropertyName("utilities");
                WriteUtilities(writer, trace.PartyNames, e.Utilities.AsSpan());
            }
            if (e.Issue is not null)
            {
                writer.WriteString("issue", e.Issue);
            }
            if (e.Value is not null)
            {
                writer.WriteString("value", e.Value);
            }
            if (e.Justification is not null)
            {
                writer.WriteString("justification", e.Justification);
            }
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }

    /// <summary>The JSON name of an ending.</summary>
    public static string EndingName(SessionEnd ending) => ending switch
    {
        SessionEnd.Agreement => "agreement",
        SessionEnd.Deadline => "deadline",
        SessionEnd.Walkout => "walkout",
        _ => throw new ArgumentOutOfRangeException(nameof(ending)),
    };

    /// <summary>Writes an outcome as an object from issue name to value text.</summary>
    public static void WriteOutcome(Utf8JsonWriter writer, OutcomeSpace space, Outcome outcome)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(space);
        ArgumentNullException.ThrowIfNull(outcome);
        writer.WriteStartObject();
        for (var i = 0; i < space.IssueCount; i++)
        {
            writer.WriteString(space.Issues[i].Name, space.Issues[i].FormatValue(outcome[i]));
        }
        writer.WriteEndObject();
    }

    private static void WriteUtilities(Utf8JsonWriter writer, IReadOnlyList<string> names, ReadOnlySpan<double> utilities)
    {
        writer.WriteStartObject();
        for (var p = 0; p < names.Count; p++)
        {
            writer.WriteNumber(names[p], utilities[p]);
        }
        writer.WriteEndObject();
    }

    private static void WriteNullable(Utf8JsonWriter writer, string name, double? value)
    {
        if (value is { } v)
        {
            writer.WriteNumber(name, v);
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}
