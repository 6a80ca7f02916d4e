using Parley.Domain;
using Parley.Data.Datasets.EthPrio;
using Parley.Geography;
using Parley.Humanitarian;
using Parley.Application.Results;
using Parley.Application;
using Parley.Conflict.Scenarios;

namespace Parley.Application;

/// <summary>
/// Completes the result of a run with everything a report shows: per hypothesis the frontier, the
/// solution texts, the bargaining range over the run's rounds, casualties and food; the aid channels;
/// the withdrawal-line map; empirical base rates when the datasets are at hand. Hosts only render it.
/// </summary>
public static class RunReportBuilder
{
    /// <summary>The most frontier points drawn per hypothesis.</summary>
    public const int MaxFrontierPoints = 2000;

    /// <summary>Builds the report of <paramref name="run"/>.</summary>
    /// <param name="run">The finished (or interrupted) run.</param>
    /// <param name="source">How the scenario is named in the report.</param>
    /// <param name="inputs">The files and folders the host found for the map and the base rates.</param>
    public static RunReport Build(ScenarioRunResult run, string source, ReportInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(run);
        var scenario = run.Scenario;
        var names = scenario.ToProblem().PartyNames;
        var hypotheses = run.Hypotheses.Select(h => Hypothesis(h)).ToList();
        var sources = scenario.Sources
            .Select(s => new SourceReference(s.Id, s.Title, s.Url is { } u && (u.StartsWith("http://", StringComparison.Ordinal) || u.StartsWith("https://", StringComparison.Ordinal)) ? u : null))
            .ToList();
        var (svg, options) = Map(run, inputs);
        var threads = run.Options.Threads ?? Environment.ProcessorCount;
        var version = typeof(RunReportBuilder).Assembly.GetName().Version?.ToString() ?? "dev";
        var (survival, matched, endings) = Empirical(inputs.Datasets, scenario.War?.Ceasefire);
        return new RunReport(
            scenario.Title,
            Belligerents(scenario, names[0], names[1]),
            hypotheses,
            sources,
            svg,
            options,
            Aid(run),
            new RunMetadata(run.Options.Seed, run.Hypotheses.FirstOrDefault(h => h.MonteCarlo is not null)?.MonteCarlo?.Runs ?? 0, threads, version, run.Elapsed, source) { Interrupted = !run.Complete, RequestedRuns = run.Options.Runs },
            survival,
            endings)
        {
            MatchedSurvival = matched,
        };
    }

    private static HypothesisReport Hypothesis(HypothesisRun h)
    {
        var a = h.Analysis;
        var space = h.Scenario.Space;
        var share = a.OutcomeCount == 0 ? 0 : (double)a.BargainingRangeCount / a.OutcomeCount;
        SolutionText? Text(Parley.Analysis.OutcomePoint? p) =>
            p is null ? null : new SolutionText(space.DescribeLine(p.Outcome), new UtilityPoint(p.Utilities[0], p.Utilities[1]));
        var step = Math.Max(1, a.Pareto.Length / MaxFrontierPoints);
        var frontier = a.Pareto.Where((_, i) => i % step == 0).Select(p => new UtilityPoint(p.Utilities[0], p.Utilities[1])).ToList();
        AgreementReached? agreement = null;
        if (h.Negotiation?.Agreement is { } deal)
        {
            agreement = new AgreementReached(
                space.DescribeLine(deal.Outcome),
                new UtilityPoint(deal.Utilities[0], deal.Utilities[1]),
                Math.Max(1, h.Negotiation.Rounds),
                h.Talks?.EndedDay ?? (Math.Max(0, h.Negotiation.Rounds - 1) * h.Scenario.DaysPerRound),
                h.Talks?.Run);
        }
        var range = new List<RangePoint>();
        var casualties = new List<CasualtyPoint>();
        var food = new List<FoodPoint>();
        if (h.Trace is { } t)
        {
            var problem = h.Scenario.ToProblem();
            for (var r = 0; r < t.Rounds; r++)
            {
                var day = t.Day(r);
                if (double.IsFinite(t.ReservationA[r]) && double.IsFinite(t.ReservationB[r]))
                {
                    range.Add(new RangePoint(r + 1, day, t.ReservationA[r], t.ReservationB[r], RangeShareAt(h, problem, t.ReservationA[r], t.ReservationB[r]), Math.Clamp(t.RangeOpen[r], 0, 1)));
                }
                casualties.Add(new CasualtyPoint(r + 1, day, new SideCasualties(t.CombatantDeathsA[r], t.CivilianDeathsA[r]), new SideCasualties(t.CombatantDeathsB[r], t.CivilianDeathsB[r])));
                if (h.Scenario.Humanitarian is not null)
                {
                    food.Add(new FoodPoint(r + 1, day, Math.Clamp(t.NeedMet[r], 0, 1)));
                }
            }
        }
        var endings = new List<EndingCount>();
        Quartiles? toAgreement = null;
        CeasefireHoldShares? survival = null;
        SurvivalCurve? ceasefireCurve = null;
        if (h.Summary is { } s)
        {
            endings.AddRange(s.Endings.Select(e => new EndingCount(e.Name, e.Count)));
            if (s.DaysToAgreement.Count > 0)
            {
                toAgreement = new Quartiles(s.DaysToAgreement.P25, s.DaysToAgreement.Median, s.DaysToAgreement.P75);
            }
            if (s.Ceasefires > 0 && s.CeasefireHolds.Count == 3)
            {
                survival = new CeasefireHoldShares(s.CeasefireHolds[0].Survival, s.CeasefireHolds[1].Survival, s.CeasefireHolds[2].Survival);
            }
            if (s.CeasefireCurve is { Count: > 0 } curve)
            {
                ceasefireCurve = new SurvivalCurve(h.Name, curve.Count, EmpiricalBaseRates.Points(curve)) { Events = curve.Events };
            }
        }
        var sideNames = h.Scenario.War?.Sides.Select(side => side.Party).ToList() ?? [];
        var prevailing = h.Summary is { } won && sideNames.Count == 2 && won.Prevailing.Count == 2
            ? new List<EndingCount> { new(sideNames[0], won.Prevailing[0].Count), new(sideNames[1], won.Prevailing[1].Count) }
            : [];
        var afterCollapse = h.Summary?.AfterCeasefireCollapse.Select(e => new EndingCount(e.Name, e.Count)).ToList() ?? [];
        return new HypothesisReport(
            h.Name,
            h.Description ?? string.Empty,
            a.BargainingRangeCount,
            share,
            a.DealKillers.Select(k => k.Message).ToList(),
            new UtilityPoint(a.ReservationValues[0], a.ReservationValues[1]),
            Text(a.Nash),
            Text(a.KalaiSmorodinsky),
            frontier,
            agreement,
            range,
            endings,
            toAgreement,
            survival,
            casualties,
            food)
        {
            Prevailing = prevailing,
            AfterCeasefireCollapse = afterCollapse,
            CeasefireCurve = ceasefireCurve,
        };
    }

    /// <summary>The two belligerents, with what each casualty series counts where the war section says.</summary>
    private static BelligerentPair Belligerents(Parley.Conflict.Scenarios.Scenario scenario, string first, string second)
    {
        var sides = scenario.War?.Sides ?? [];
        var a = sides.FirstOrDefault(s => s.Party == first);
        var b = sides.FirstOrDefault(s => s.Party == second);
        return new BelligerentPair(first, second)
        {
            FirstCombatantLabel = a?.CombatantDeathsLabel,
            FirstCivilianLabel = a?.CivilianDeathsLabel,
            SecondCombatantLabel = b?.CombatantDeathsLabel,
            SecondCivilianLabel = b?.CivilianDeathsLabel,
        };
    }

    /// <summary>The share of all texts both sides prefer to fighting on, at the given (mean) reservation values.</summary>
    private static double RangeShareAt(HypothesisRun h, Parley.Analysis.BargainingProblem problem, double reservationA, double reservationB)
    {
        if (h.Scenario.UnlimitedAims.Any())
        {
            return 0;
        }
        var moved = problem
            .WithProfile(0, problem.Profiles[0].WithReservationValue(reservationA))
            .WithProfile(1, problem.Profiles[1].WithReservationValue(reservationB));
        var count = Parley.Analysis.BargainingAnalysis.CountRange(moved);
        return problem.Space.Count == 0 ? 0 : Math.Clamp((double)count / problem.Space.Count, 0, 1);
    }

    private static (string? Svg, IReadOnlyList<WithdrawalOptionRow> Options) Map(ScenarioRunResult run, ReportInputs inputs)
    {
        if (run.Scenario.Map is null || inputs.Territory is not { } territory)
        {
            return (null, []);
        }
        GeoDataset? data = null;
        if (inputs.GeoData is { } dir)
        {
            try
            {
                data = GeoDataset.Load(dir, territory.Projection);
            }
            catch (InputException)
            {
                data = null;
            }
        }
        var withdrawal = WithdrawalMap.Create(territory, ScenarioSource.MapBuffers(run.Scenario), [], data, ScenarioSource.MapZones(run.Scenario));
        var rows = withdrawal.Zones.Select(z => new WithdrawalOptionRow(z.Label, z.AreaKm2, z.ShareOfTerritory, z.PeopleInside)).ToList();
        return (WithdrawalMapSvg.Render(withdrawal), rows);
    }

    private static List<AidChannelRow> Aid(ScenarioRunResult run)
    {
        if (run.Scenario.Humanitarian is not { } humanitarian)
        {
            return [];
        }
        var round = HumanitarianModel.Evaluate(humanitarian, AidTerms.None);
        return
        [
            Row(round.Land, "trucks"),
            Row(round.Airdrops, "sorties"),
        ];

        static AidChannelRow Row(ChannelResult c, string unit) =>
            new(c.Channel, c.UnitsPerDay, unit, c.FoodTonnesDelivered, c.PeopleFedEquivalent, c.CostUsdPerDay, c.CostPer1000Kcal);
    }

    private static (EmpiricalSurvival?, EmpiricalSurvival?, EmpiricalEndings?) Empirical(string? path, Parley.Conflict.WarProcess.CeasefireSettings? settings)
    {
        if (path is null)
        {
            return (null, null, null);
        }
        var ceasefires = CeasefireAggregation.Aggregate(EthPrioReader.Read(path).Rows);
        var endings = EmpiricalBaseRates.Endings(Parley.Data.Datasets.Ucdp.UcdpTerminationReader.Read(path).Rows);
        return (EmpiricalBaseRates.ByFeature(ceasefires), EmpiricalBaseRates.Matching(ceasefires, settings), endings);
    }
}
