using Parley.Application.Results;

namespace Parley.Reports.Csv;

/// <summary>
/// The report's data as tidy CSV tables: one observation per row, one variable per column, with the
/// hypothesis (and party, where a value belongs to one side) as columns, ready for R or pandas.
/// </summary>
public static class ReportCsv
{
    /// <summary>Files written only when their data are present; a report without them removes stale copies.</summary>
    public static IReadOnlyList<string> OptionalFileNames { get; } = ["empirical_survival.csv", "empirical_endings.csv"];

    /// <summary>Every table of the report (the empirical ones only when their data are present).</summary>
    public static IReadOnlyList<CsvTable> Tables(RunReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var tables = new List<CsvTable>
        {
            Hypotheses(report),
            DealKillers(report),
            Frontier(report),
            Solutions(report),
            RangeOverTime(report),
            Endings(report),
            TimeToAgreement(report),
            CeasefireSurvival(report),
            CeasefireCurve(report),
            Casualties(report),
            FoodShare(report),
            WithdrawalOptions(report),
            AidChannels(report),
            Sources(report),
            Metadata(report),
        };
        if (report.EmpiricalSurvival is { } survival)
        {
            tables.Add(EmpiricalSurvival(survival, report.MatchedSurvival));
        }
        if (report.EmpiricalEndings is { } endings)
        {
            tables.Add(EmpiricalEndings(endings));
        }
        return tables;
    }

    private static CsvTable Hypotheses(RunReport report)
    {
        var t = new CsvTable("hypotheses.csv", "one row per hypothesis: the bargaining range and the Monte Carlo runs",
            "hypothesis", "description", "range_size", "range_share", "deal_killers", "agreement_reached", "runs");
        foreach (var h in report.Hypotheses)
        {
            t.Add(h.Name, h.Description, h.RangeSize, h.RangeShare, h.DealKillers.Count, h.Agreement is not null, h.TotalRuns);
        }
        return t;
    }

    private static CsvTable DealKillers(RunReport report)
    {
        var t = new CsvTable("deal_killers.csv", "one row per deal-killer message", "hypothesis", "rank", "message");
        foreach (var h in report.Hypotheses)
        {
            for (var i = 0; i < h.DealKillers.Count; i++)
            {
                t.Add(h.Name, i + 1, h.DealKillers[i]);
            }
        }
        return t;
    }

    private static CsvTable Frontier(RunReport report)
    {
        var t = new CsvTable("pareto_frontier.csv", "one row per frontier point and party", "hypothesis", "point", "party", "utility");
        foreach (var h in report.Hypotheses)
        {
            for (var i = 0; i < h.ParetoFrontier.Count; i++)
            {
                var p = h.ParetoFrontier[i];
                t.Add(h.Name, i + 1, report.Belligerents.First, p.First);
                t.Add(h.Name, i + 1, report.Belligerents.Second, p.Second);
            }
        }
        return t;
    }

    private static CsvTable Solutions(RunReport report)
    {
        var t = new CsvTable("solution_points.csv", "one row per point (reservation, Nash, Kalai-Smorodinsky, agreement) and party",
            "hypothesis", "point", "round", "text", "party", "utility");
        foreach (var h in report.Hypotheses)
        {
            void Add(string point, int? round, string text, UtilityPoint u)
            {
                t.Add(h.Name, point, round, text, report.Belligerents.First, u.First);
                t.Add(h.Name, point, round, text, report.Belligerents.Second, u.Second);
            }
            Add("reservation", null, "", h.Reservation);
            if (h.Nash is { } n)
            {
                Add("nash", null, n.Text, n.Utilities);
            }
            if (h.KalaiSmorodinsky is { } k)
            {
                Add("kalai_smorodinsky", null, k.Text, k.Utilities);
            }
            if (h.Agreement is { } a)
            {
                Add("agreement", a.Round, a.Text, a.Utilities);
            }
        }
        return t;
    }

    private static CsvTable RangeOverTime(RunReport report)
    {
        var t = new CsvTable("range_over_time.csv", "one row per round and variable (reservation value per party; range share: outcomes both prefer at the mean reservation values; runs with range: share of runs with a range open that round)",
            "hypothesis", "round", "day", "variable", "party", "value");
        foreach (var h in report.Hypotheses)
        {
            foreach (var p in h.RangeOverTime)
            {
                t.Add(h.Name, p.Round, p.Day, "reservation_value", report.Belligerents.First, p.FirstReservation);
                t.Add(h.Name, p.Round, p.Day, "reservation_value", report.Belligerents.Second, p.SecondReservation);
                t.Add(h.Name, p.Round, p.Day, "range_share", "", p.RangeShare);
                t.Add(h.Name, p.Round, p.Day, "runs_with_range", "", p.RunsWithRange);
            }
        }
        return t;
    }

    private static CsvTable Endings(RunReport report)
    {
        var t = new CsvTable("endings.csv", "one row per hypothesis and ending", "hypothesis", "ending", "runs", "share");
        foreach (var h in report.Hypotheses)
        {
            foreach (var e in h.Endings)
            {
                t.Add(h.Name, e.Ending, e.Count, h.ShareOf(e));
            }
        }
        return t;
    }

    private static CsvTable TimeToAgreement(RunReport report)
    {
        var t = new CsvTable("time_to_agreement.csv", "one row per hypothesis and quartile, over runs that reached an agreement", "hypothesis", "quantile", "days");
        foreach (var h in report.Hypotheses)
        {
            if (h.TimeToAgreementDays is { } q)
            {
                t.Add(h.Name, 0.25, q.Lower);
                t.Add(h.Name, 0.5, q.Median);
                t.Add(h.Name, 0.75, q.Upper);
            }
        }
        return t;
    }

    private static CsvTable CeasefireSurvival(RunReport report)
    {
        var t = new CsvTable("ceasefire_survival.csv", "one row per hypothesis and horizon, over runs that reached a ceasefire", "hypothesis", "day", "survival");
        foreach (var h in report.Hypotheses)
        {
            if (h.CeasefireSurvival is { } s)
            {
                t.Add(h.Name, 30, s.At30Days);
                t.Add(h.Name, 90, s.At90Days);
                t.Add(h.Name, 365, s.At365Days);
            }
        }
        return t;
    }

    private static CsvTable CeasefireCurve(RunReport report)
    {
        var t = new CsvTable("ceasefire_curve.csv", "one row per Kaplan-Meier step of a hypothesis's ceasefires (the first of each run that reached one; n: those ceasefires)",
            "hypothesis", "n", "day", "survival", "lower", "upper");
        foreach (var h in report.Hypotheses)
        {
            if (h.CeasefireCurve is { } c)
            {
                foreach (var p in c.Points)
                {
                    t.Add(h.Name, c.Count, p.Time, p.Survival, p.Lower, p.Upper);
                }
            }
        }
        return t;
    }

    private static CsvTable Casualties(RunReport report)
    {
        var t = new CsvTable("casualties.csv", "one row per round, party and category: mean cumulative deaths over runs; measures: what the series counts, in the scenario's words where it gives them",
            "hypothesis", "round", "day", "party", "category", "mean_cumulative_deaths", "measures");
        foreach (var h in report.Hypotheses)
        {
            foreach (var p in h.Casualties)
            {
                t.Add(h.Name, p.Round, p.Day, report.Belligerents.First, "combatant", p.First.Combatant, report.Belligerents.CasualtyLabel(0, false));
                t.Add(h.Name, p.Round, p.Day, report.Belligerents.First, "civilian", p.First.Civilian, report.Belligerents.CasualtyLabel(0, true));
                t.Add(h.Name, p.Round, p.Day, report.Belligerents.Second, "combatant", p.Second.Combatant, report.Belligerents.CasualtyLabel(1, false));
                t.Add(h.Name, p.Round, p.Day, report.Belligerents.Second, "civilian", p.Second.Civilian, report.Belligerents.CasualtyLabel(1, true));
            }
        }
        return t;
    }

    private static CsvTable FoodShare(RunReport report)
    {
        var t = new CsvTable("food_share.csv", "one row per round: mean share of food need met over runs", "hypothesis", "round", "day", "share_of_need_met");
        foreach (var h in report.Hypotheses)
        {
            foreach (var p in h.FoodShare)
            {
                t.Add(h.Name, p.Round, p.Day, p.ShareOfNeedMet);
            }
        }
        return t;
    }

    private static CsvTable WithdrawalOptions(RunReport report)
    {
        var t = new CsvTable("withdrawal_options.csv", "one row per withdrawal-line option", "option", "area_km2", "share_of_territory", "people_inside");
        foreach (var o in report.WithdrawalOptions)
        {
            t.Add(o.Option, o.AreaKm2, o.ShareOfTerritory, o.PeopleInside);
        }
        return t;
    }

    private static CsvTable AidChannels(RunReport report)
    {
        var t = new CsvTable("aid_channels.csv", "one row per aid delivery channel (land vs airdrops)",
            "channel", "units_per_day", "unit", "food_tonnes_per_day", "people_fed_equivalent", "cost_usd_per_day", "cost_usd_per_1000_kcal");
        foreach (var c in report.AidChannels)
        {
            t.Add(c.Channel, c.UnitsPerDay, c.Unit, c.FoodTonnesPerDay, c.PeopleFedEquivalent, c.CostUsdPerDay, c.CostUsdPer1000Kcal);
        }
        return t;
    }

    private static CsvTable Sources(RunReport report)
    {
        var t = new CsvTable("sources.csv", "one row per source the scenario cites", "id", "title", "url");
        foreach (var s in report.Sources)
        {
            t.Add(s.Id, s.Title, s.Url);
        }
        return t;
    }

    private static CsvTable Metadata(RunReport report)
    {
        var m = report.Metadata;
        var t = new CsvTable("run.csv", "the run: scenario, seed, runs, threads, version, elapsed time",
            "scenario", "scenario_source", "seed", "runs_per_hypothesis", "threads", "version", "elapsed_seconds");
        t.Add(report.ScenarioTitle, m.ScenarioSource, m.Seed, m.Runs, m.Threads, m.Version, m.Elapsed.TotalSeconds);
        return t;
    }

    private static CsvTable EmpiricalSurvival(EmpiricalSurvival survival, EmpiricalSurvival? matched)
    {
        var t = new CsvTable("empirical_survival.csv", $"one row per Kaplan-Meier step and group ({survival.Source}); chart: which chart draws it (by-feature or matching the scenario); n: ceasefires in the group",
            "chart", "group", "n", "selection", "day", "survival", "lower", "upper");
        void Add(string chart, EmpiricalSurvival s)
        {
            foreach (var c in s.Curves)
            {
                foreach (var p in c.Points)
                {
                    t.Add(chart, c.Group, c.Count, c.Selection, p.Time, p.Survival, p.Lower, p.Upper);
                }
            }
        }
        Add("by-feature", survival);
        if (matched is not null)
        {
            Add("matching", matched);
        }
        return t;
    }

    private static CsvTable EmpiricalEndings(EmpiricalEndings endings)
    {
        var t = new CsvTable("empirical_endings.csv", $"one row per coded ending, then the cases not coded ({endings.Source}); share: of the coded cases", "ending", "cases", "share");
        foreach (var s in endings.Shares)
        {
            t.Add(s.Ending, s.Count, endings.ShareOf(s));
        }
        t.Add("outcome not coded", endings.NotCoded, null);
        return t;
    }
}
