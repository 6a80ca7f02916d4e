using System.Collections.Immutable;
using System.Text.Json;
using Parley.Conflict.WarProcess;
using Parley.Domain;
using Parley.Domain.Preferences;
using Parley.Domain.Scenarios;
using Parley.Formats.Yaml;
using Parley.Conflict.Scenarios;

// ScenarioReader, part: the war section: sides, battles, costs, ceasefire settings and who moves first.
namespace Parley.Formats.Scenario;

public static partial class ScenarioReader
{
    private sealed partial class Builder
    {
        private WarSettings? ReadWar(ImmutableArray<Party> parties, double daysPerRound, JsonElement? merged = null)
        {
            var war = merged ?? default;
            if (merged is null && !_root.TryGetProperty("war", out war))
            {
                return _root.TryGetProperty("events", out _) ? throw doc.Error("/events", "events change the war process: add a war section, or remove them") : null;
            }
            const string P = "/war";
            double Get(JsonElement node, string pointer, string key, double fallback) =>
                node.TryGetProperty(key, out var v) ? Number(v, $"{pointer}/{key}", $"{pointer.TrimStart('/')}/{key}", null) : fallback;

            var belligerents = parties.Where(p => p.IsSignatory).Select(p => p.Name).ToList();
            var sides = new List<SideSettings>();
            var discount = Get(war, P, "discount_per_round", 1);
            foreach (var side in war.GetProperty("sides").EnumerateObject())
            {
                var sp = $"{P}/sides/{PositionedJson.Escape(side.Name)}";
                if (!belligerents.Contains(side.Name))
                {
                    throw doc.Error(sp, $"war side '{side.Name}' is not a belligerent of the scenario: use {string.Join(" and ", belligerents)}");
                }
                var n = side.Value;
                double wins = 1, losses = 1;
                if (n.TryGetProperty("prior", out var prior))
                {
                    CheckCitation(prior, sp + "/prior");
                    wins = prior.GetProperty("wins").GetDouble();
                    losses = prior.GetProperty("losses").GetDouble();
                }
                UncertainRate R(string key) => n.TryGetProperty(key, out var v) ? Rate(v, $"{sp}/{key}", $"war/sides/{side.Name}/{key}") : UncertainRate.Zero;
                sides.Add(new SideSettings
                {
                    Party = side.Name,
                    PriorWins = wins,
                    PriorLosses = losses,
                    VictoryControl = Get(n, sp, "victory_control", 0.95),
                    CostTolerance = Get(n, sp, "cost_tolerance", 1),
                    DiscountPerRound = Get(n, sp, "discount_per_round", discount),
                    UtilityCostPerDay = R("utility_cost_per_day"),
                    CombatantDeathsPerDay = R("combatant_deaths_per_day"),
                    CivilianDeathsPerDay = R("civilian_deaths_per_day"),
                    CombatantDeathsLabel = OptionalString(n, "combatant_deaths_label"),
                    CivilianDeathsLabel = OptionalString(n, "civilian_deaths_label"),
                    MaterialCostPerDay = R("material_cost_per_day"),
                    HumanitarianCostWeight = Get(n, sp, "humanitarian_cost_weight", 0),
                    ResumeTemptation = Get(n, sp, "resume_temptation", 0),
                    DomesticPressurePerDay = Get(n, sp, "domestic_pressure_per_day", 0),
                    TemptationAfterExchanges = Get(n, sp, "temptation_after_exchanges", 0),
                });
            }
            // First belligerent first.
            sides = sides.OrderBy(s => belligerents.IndexOf(s.Party)).ToList();
            var ceasefire = new CeasefireSettings();
            if (war.TryGetProperty("ceasefire", out var cf))
            {
                const string C = P + "/ceasefire";
                string? dataset = null, filter = null, curve = null;
                var exclude = new List<string>();
                (double, double)? fallback = null;
                var hazard = ceasefire.BaseHazardPerDay;
                if (cf.TryGetProperty("base_hazard_per_day", out var h))
                {
                    if (h.ValueKind == JsonValueKind.Object && h.TryGetProperty("from_data", out var fd))
                    {
                        const string F = C + "/base_hazard_per_day/from_data";
                        dataset = fd.GetProperty("dataset").GetString();
                        filter = OptionalString(fd, "filter");
                        curve = OptionalString(fd, "curve");
                        if (fd.TryGetProperty("exclude", out var ex))
                        {
                            exclude.AddRange(ex.ValueKind == JsonValueKind.Array ? ex.EnumerateArray().Select(e => e.GetString()!) : [ex.GetString()!]);
                        }
                        if (fd.TryGetProperty("fallback", out var fb))
                        {
                            fallback = (Get(fb, F + "/fallback", "shape", 1), Get(fb, F + "/fallback", "scale", 1));
                        }
                        hazard = Get(fd, F, "fallback_constant", hazard);
                    }
                    else
                    {
                        hazard = Number(h, C + "/base_hazard_per_day", "war/ceasefire/base_hazard_per_day", null);
                    }
                }
                var guarantee = Get(cf, C, "guarantee_reduction", 0);
                ceasefire = new CeasefireSettings
                {
                    PhaseDays = Get(cf, C, "phase_days", ceasefire.PhaseDays),
                    TalksFromDay = Get(cf, C, "talks_from_day", ceasefire.TalksFromDay),
                    ExchangesCompleteDay = Get(cf, C, "exchanges_complete_day", ceasefire.ExchangesCompleteDay),
                    GuaranteeReduction = guarantee,
                    BaseHazardPerDay = hazard,
                    HazardSource = dataset is null ? "stated in the scenario" : $"from data: {dataset}" + (filter is null ? "" : $" [{filter}]"),
                    HazardDataset = dataset,
                    HazardFilter = filter,
                    HazardExclude = exclude,
                    HazardCurve = curve ?? ceasefire.HazardCurve,
                    FallbackWeibull = fallback,
                    Clauses = CeasefireClauses.Read(cf, guarantee),
                    TermClauses = ReadTermClauses(cf),
                    ValueWindowDays = Get(cf, C, "value_window_days", ceasefire.ValueWindowDays),
                    TemptationBeta = Get(cf, C, "temptation_beta", ceasefire.TemptationBeta),
                    TemptationHazardPerDay = Get(cf, C, "temptation_hazard_per_day", ceasefire.TemptationHazardPerDay),
                };
                if (dataset is not null)
                {
                    // Until the host resolves it from the data folder (Parley.Application.HazardFromData).
                    ceasefire = ceasefire.WithStatedFallback($"the data for '{dataset}' has not been read");
                }
            }
            var settings = new WarSettings
            {
                DaysPerRound = Get(war, P, "days_per_round", daysPerRound),
                HorizonDays = Get(war, P, "horizon_days", 730),
                BattlesPerRound = war.TryGetProperty("battles_per_round", out var bpr) ? BattlesPerRound(bpr) : 1,
                BattleWinProbability = Get(war, P, "battle_win_probability", 0.5),
                PowerShiftPerRound = Get(war, P, "power_shift_per_round", 0),
                InitialControl = Get(war, P, "initial_control", 0.5),
                ControlStepPerBattle = Get(war, P, "control_step", 0.02),
                OfferInformationWeight = Get(war, P, "offer_information_weight", 0.5),
                OpponentTypeSpread = Get(war, P, "opponent_type_spread", 0.1),
                FirstMover = ReadFirstMover(war, sides),
                PowerSchedule = ReadPowerSchedule(war),
                Events = ReadEvents(sides),
                TiedTerms = ReadTiedTerms(war, sides),
                ControlBand = Get(war, P, "control_band", 0.05),
                Sides = [.. sides],
                Ceasefire = ceasefire,
            };
            Guard(P, () =>
            {
                settings.Validate();
                return 0;
            });
            return settings;
        }

        private int? ReadFirstMover(JsonElement war, List<SideSettings> sides)
        {
            if (!war.TryGetProperty("first_mover", out var first) || first.ValueKind != JsonValueKind.String || first.GetString() is not { } name || name == "random")
            {
                return null;
            }
            var index = sides.FindIndex(s => s.Party == name);
            return index >= 0 ? index : throw doc.Error("/war/first_mover", $"first_mover '{name}' is not a war side: name {string.Join(" or ", sides.Select(s => s.Party))}, or 'random'");
        }

        private int BattlesPerRound(JsonElement node)
        {
            const string P = "/war/battles_per_round";
            var value = Number(node, P, "war/battles_per_round", null);
            return value >= 1 && value == Math.Floor(value) && value <= 10_000
                ? (int)value
                : throw doc.Error(P, $"battles_per_round {value} must be a whole number of battles, at least 1");
        }
    }
}
