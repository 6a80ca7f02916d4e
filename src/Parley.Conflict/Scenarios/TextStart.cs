using System.Collections.Immutable;
using System.Globalization;
using Parley.Conflict.WarProcess;
using Parley.Conflict.WarProcess.Events;
using Parley.Domain;

namespace Parley.Conflict.Scenarios;

/// <summary>
/// A scenario simulated from the date of one of its texts (<c>parley simulate --text NAME</c>): the text
/// is a ceasefire in force from day 0, its first phase's <c>talks_from_day</c> and duration replace the
/// war's, the war starts from the text's <see cref="TextSituation"/>, and day-triggered events count
/// from the text's date (docs/war-process.md, "A text in force from day 0").
/// </summary>
public static class TextStart
{
    /// <summary>
    /// <paramref name="scenario"/> started on the date of text <paramref name="name"/>. A
    /// <see cref="ModelException"/> when the scenario has no such text (listing its texts), no war
    /// section, or the text has no full date.
    /// </summary>
    public static Scenario Apply(Scenario scenario, string name)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var text = scenario.Text(name);
        var war = scenario.War ?? throw new ModelException($"scenario '{scenario.Title}' has no war section: a text is simulated by the war process (docs/war-process.md)");
        if (!DateOnly.TryParseExact(text.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            throw new ModelException($"text '{name}' has no full date ({text.Date ?? "none given"}): give it date: YYYY-MM-DD to simulate from it");
        }
        // Events dated by the scenario's clock count from the text's date instead.
        var shift = scenario.ClockStart is { } start ? date.DayNumber - start.DayNumber : 0;
        var situation = scenario.TextSituations.TryGetValue(name, out var s) ? s : new TextSituation();
        var phase = text.Phases.IsEmpty ? null : text.Phases[0];
        var started = war with
        {
            StartText = new TextInForce(name, text.Complete(scenario.Space, scenario.Defaults).ValueIndices),
            InitialControl = situation.InitialControl ?? war.InitialControl,
            Events = Shift(war.Events, shift),
            PowerSchedule = [.. war.PowerSchedule.Select(p => p with { Day = p.Day - shift })],
            Ceasefire = war.Ceasefire with
            {
                TalksFromDay = phase?.TalksFromDay ?? war.Ceasefire.TalksFromDay,
                PhaseDays = phase?.DurationDays ?? war.Ceasefire.PhaseDays,
            },
        };
        var humanitarian = scenario.Humanitarian;
        if (humanitarian is not null)
        {
            humanitarian = humanitarian with
            {
                Administration = situation.Administration ?? humanitarian.Administration,
                Land = humanitarian.Land with { TrucksWithoutAgreement = situation.TrucksWithoutAgreement ?? humanitarian.Land.TrucksWithoutAgreement },
            };
        }
        return scenario with
        {
            War = started,
            Humanitarian = humanitarian,
            ClockStart = date,
            Hypotheses = [.. scenario.Hypotheses.Select(h => h.War is { } over ? h with { War = over with { Events = Shift(over.Events, shift), PowerSchedule = [.. over.PowerSchedule.Select(p => p with { Day = p.Day - shift })] } } : h)],
        };
    }

    /// <summary>
    /// The days of a simulation of text <paramref name="name"/> at which its ceasefire's survival is
    /// reported: the opening of talks on the next phase (the first phase's <c>talks_from_day</c>), the
    /// end of each phase while their durations are stated, and the observed collapse when the text's
    /// situation dates one. In day order.
    /// </summary>
    public static IReadOnlyList<TextCheckpoint> Checkpoints(Scenario scenario, string name)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var text = scenario.Text(name);
        var points = new List<TextCheckpoint>();
        if (!text.Phases.IsEmpty && text.Phases[0].TalksFromDay is { } talks)
        {
            var next = text.Phases.Length > 1 ? text.Phases[1].Name : "the next phase";
            points.Add(new TextCheckpoint(talks, $"talks on {next} open"));
        }
        var end = 0;
        foreach (var phase in text.Phases)
        {
            if (phase.DurationDays is not { } days)
            {
                break;
            }
            end += days;
            points.Add(new TextCheckpoint(end, $"end of {phase.Name}"));
        }
        if (scenario.TextSituations.TryGetValue(name, out var s) && s.Collapsed is { } collapsed
            && DateOnly.TryParseExact(text.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            points.Add(new TextCheckpoint(collapsed.DayNumber - date.DayNumber, $"observed collapse, {collapsed:yyyy-MM-dd}"));
        }
        return [.. points.OrderBy(p => p.Day)];
    }

    /// <summary>
    /// Day-triggered events moved <paramref name="shift"/> days earlier. An event dated before the new
    /// start fires on day 0 with the changes it made to the war's parameters; its walkouts and
    /// reopenings concerned talks before the start and are dropped (and the event with them when
    /// nothing else is left).
    /// </summary>
    private static ImmutableArray<WarEvent> Shift(ImmutableArray<WarEvent> events, int shift)
    {
        if (shift == 0)
        {
            return events;
        }
        var result = ImmutableArray.CreateBuilder<WarEvent>();
        foreach (var e in events)
        {
            if (e.Trigger.Kind != TriggerKind.Day)
            {
                result.Add(e);
                continue;
            }
            var day = e.Trigger.Threshold - shift;
            var effects = day >= 0 ? e.Effects : [.. e.Effects.Where(f => f.Target is not (EffectTarget.Walkout or EffectTarget.ReopenTalks))];
            if (!effects.IsEmpty)
            {
                result.Add(e with { Trigger = e.Trigger with { Threshold = day }, Effects = effects });
            }
        }
        return result.ToImmutable();
    }
}

/// <summary>A day of a text's ceasefire at which a simulation of the text reports whether it still holds.</summary>
/// <param name="Day">Days since the text took effect.</param>
/// <param name="Label">What happens on that day ("end of phase 1", "observed collapse (2025-03-18)").</param>
public sealed record TextCheckpoint(int Day, string Label);
