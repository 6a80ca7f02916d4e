using System.Collections.Immutable;
using System.Text.Json;
using Parley.Conflict.Scenarios;
using Parley.Domain.Endings;
using Parley.Formats.Yaml;

namespace Parley.Formats.Scenario;

public static partial class ScenarioReader
{
    private sealed partial class Builder
    {
        /// <summary>The <c>observed:</c> section (the schema has checked its shape), or null without one.</summary>
        private ObservedOutcome? ReadObserved()
        {
            if (!_root.TryGetProperty("observed", out var observed))
            {
                return null;
            }
            const string P = "/observed";
            var censored = !observed.TryGetProperty("days_to_agreement", out var days);
            var daysKey = censored ? "no_agreement_within_days" : "days_to_agreement";
            if (censored)
            {
                days = observed.GetProperty(daysKey);
            }
            var daysPointer = $"{P}/{daysKey}";
            var dayCount = Number(days, daysPointer, $"observed/{daysKey}", null);

            var endingNode = observed.GetProperty("ending");
            var endingName = endingNode.GetProperty("value").GetString();
            if (!EndingNames.TryParse(endingName, out var ending))
            {
                throw doc.Error(P + "/ending/value", $"'{endingName}' is not an ending: use one of {string.Join(", ", EndingNames.All.Select(EndingNames.Name))}");
            }

            ImmutableDictionary<int, int>? text = null;
            Domain.Scenarios.Citation? textCitation = null;
            if (observed.TryGetProperty("agreed_text", out var textNode))
            {
                textCitation = CitationOf(textNode, P + "/agreed_text");
                var values = ImmutableDictionary.CreateBuilder<int, int>();
                foreach (var v in textNode.GetProperty("values").EnumerateObject())
                {
                    var vp = $"{P}/agreed_text/values/{PositionedJson.Escape(v.Name)}";
                    var issue = Guard(vp, () => _space.RequireIssue(v.Name, "the observed agreed text"));
                    values[issue] = Guard(vp, () => _space.Issues[issue].ParseValue(ScalarText(v.Value)));
                }
                text = values.ToImmutable();
            }
            return Guard(P, () => new ObservedOutcome(dayCount, censored, ending.Value)
            {
                DaysCitation = CitationOf(days, daysPointer),
                EndingCitation = CitationOf(endingNode, P + "/ending"),
                AgreedText = text,
                AgreedTextCitation = textCitation,
                Note = OptionalString(observed, "note"),
            });
        }
    }
}
