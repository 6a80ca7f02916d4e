using System.ComponentModel;
using System.Globalization;
using Parley.Cli.Infrastructure;
using Parley.Data.Datasets.EthPrio;
using Parley.Data.Priors;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Parley.Cli.Commands.Data;

/// <summary>
/// <c>parley data hazard</c>: the ceasefire breakdown hazard a scenario would get from
/// <c>hazard: from-data {...}</c>, optionally simulated; the Weibull and piecewise fits by maximum
/// likelihood (<see cref="CeasefireHazardModel"/>), clause effects with <c>--clauses</c>, and a
/// comparison with a subset left out of the fit with <c>--hold-out</c>.
/// </summary>
public sealed class HazardCommand : Command<HazardCommand.Settings>
{
    /// <summary>Options.</summary>
    public sealed class Settings : DataSettings
    {
        /// <summary>The spec.</summary>
        [CommandOption("--spec <SPEC>")]
        [Description("A hazard spec, e.g. \"from-data {dataset: eth-prio, filter: written=1,mediator_nego=1}\".")]
        public string? Spec { get; init; }

        /// <summary>Filter (when no spec).</summary>
        [CommandOption("--filter <FILTER>")]
        [Description("Ceasefire selection when --spec is not given, e.g. written=1,mediator_nego=1.")]
        public string? Filter { get; init; }

        /// <summary>Event (when no spec).</summary>
        [CommandOption("--event <EVENT>")]
        [Description("breakdown (default) or any-end, when --spec is not given.")]
        [DefaultValue("breakdown")]
        public string Event { get; init; } = "breakdown";

        /// <summary>Runs to simulate.</summary>
        [CommandOption("--simulate <RUNS>")]
        [Description("Simulate this many ceasefires from the estimate (0 = none).")]
        [DefaultValue(0)]
        public int Simulate { get; init; }

        /// <summary>Seed.</summary>
        [CommandOption("--seed <SEED>")]
        [Description("Random seed for --simulate.")]
        [DefaultValue(1UL)]
        public ulong Seed { get; init; } = 1;

        /// <summary>Subsets to leave out of the fit.</summary>
        [CommandOption("--exclude <FILTER>")]
        [Description("Leave out the ceasefires matching this filter (repeatable), e.g. location=Israel.")]
        public string[] Exclude { get; init; } = [];

        /// <summary>Subset to hold out and compare with.</summary>
        [CommandOption("--hold-out <FILTER>")]
        [Description("Fit without this subset and compare the fitted survival curves with its Kaplan-Meier curve, e.g. location=Israel.")]
        public string? HoldOut { get; init; }

        /// <summary>Estimate clause effects.</summary>
        [CommandOption("--clauses")]
        [Description("Also estimate clause effects (written, fixed time, enforcement, monitoring, mediation) by Weibull PH regression.")]
        public bool Clauses { get; init; }
    }

    /// <inheritdoc />
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings.Check();
        if (settings.Simulate < 0)
        {
            throw new CliException("--simulate must be 0 or more runs");
        }
        var spec = settings.Spec is { } text
            ? DataHazardSpec.Parse(text)
            : DataHazardSpec.FromFields(new Dictionary<string, string?>
            {
                ["dataset"] = "eth-prio",
                ["filter"] = settings.Filter,
                ["event"] = settings.Event,
                ["confidence"] = settings.Confidence.ToString(CultureInfo.InvariantCulture),
            });
        var directory = settings.Locate().Path;
        var ceasefires = CeasefireAggregation.Aggregate(EthPrioReader.Read(directory).Rows);
        var selection = CeasefireSelection.Parse(null, settings.Exclude) with { Filter = spec.Filter };
        var study = HazardStudy.Run(ceasefires, spec, selection, settings.Clauses, settings.HoldOut is { } hold ? CeasefireFilter.Parse(hold) : null, settings.Simulate, settings.Seed);
        var (estimate, model, heldOut) = (study.Estimate, study.Model, study.HeldOut);
        var (simulated, piecewise, empirical, weibullRuns) = (study.Simulated, study.Piecewise, study.Empirical, study.Weibull);
        int[] days = [30, 90, 365];
        var result = new
        {
            DataDirectory = directory,
            Spec = spec.ToString(),
            estimate.DatasetId,
            estimate.Filter,
            estimate.Event,
            estimate.Ceasefires,
            estimate.Events,
            estimate.ExposureDays,
            HazardPerDay = estimate.PerDay,
            estimate.Pieces,
            estimate.ImpliedMedianDays,
            KaplanMeierMedianDays = estimate.Curve.Median,
            Holding = days.Select(d => new
            {
                Days = d,
                KaplanMeier = estimate.Curve.At(d).Survival,
                ConstantHazard = estimate.ImpliedHolding(d),
                Weibull = model.SurvivalInterval(d),
                Piecewise = model.Piecewise.SurvivalInterval(d),
            }),
            estimate.Unverified,
            Exclude = selection.Exclude.Select(e => e.ToString()),
            Weibull = HazardModelView.Weibull(model),
            ClauseEffects = HazardModelView.Clauses(model),
            HeldOut = heldOut is null ? null : HazardModelView.HeldOut(heldOut),
            Description = estimate.Describe(),
            Simulation = simulated is null ? null : new
            {
                Runs = simulated.Durations.Count,
                settings.Seed,
                simulated.MeanDays,
                simulated.HorizonDays,
                simulated.StillHolding,
                Holding = days.Select(d => new { Days = d, ConstantHazard = simulated.HoldingAfter(d), PiecewiseHazard = piecewise!.HoldingAfter(d), KaplanMeier = empirical!.HoldingAfter(d), Weibull = weibullRuns!.HoldingAfter(d) }),
            },
        };
        switch (settings.OutputFormat)
        {
            case OutputFormat.Json:
                DataOutput.Json(result);
                break;
            case OutputFormat.Csv:
                DataOutput.Csv(["dataset", "filter", "event", "ceasefires", "events", "exposureDays", "hazardPerDay", "lower", "upper", "confidence", "impliedMedianDays",
                        "weibullShape", "weibullShapeLower", "weibullShapeUpper", "weibullScaleDays", "weibullScaleLower", "weibullScaleUpper"],
                    [[estimate.DatasetId, estimate.Filter, result.Event.ToString(), estimate.Ceasefires, estimate.Events, estimate.ExposureDays,
                        estimate.PerDay.Estimate, estimate.PerDay.Lower, estimate.PerDay.Upper, estimate.PerDay.Confidence, estimate.ImpliedMedianDays,
                        .. HazardModelView.Cells(model.Weibull.Shape), .. HazardModelView.Cells(model.Weibull.Scale)]]);
                break;
            default:
                var console = DataOutput.TableConsole();
                console.WriteLine(estimate.Describe());
                var pieces = new Table().Title("piecewise hazard").AddColumns("days", "events", "exposure days", "hazard/day", "interval");
                foreach (var p in estimate.Pieces)
                {
                    pieces.AddRow($"{p.FromDay:0}-{(p.ToDay is { } to ? to.ToString("0", CultureInfo.InvariantCulture) : "")}", DataOutput.Format(p.Events),
                        DataOutput.Format(p.ExposureDays), p.PerDay.Estimate.ToString("G3", CultureInfo.InvariantCulture),
                        string.Create(CultureInfo.InvariantCulture, $"{p.PerDay.Lower:G3}-{p.PerDay.Upper:G3}"));
                }
                console.Write(pieces);
                var table = new Table().Title("share still holding").AddColumns("days", "Kaplan-Meier", "constant hazard", "Weibull", "piecewise", "simulated (constant)", "simulated (piecewise)", "simulated (from curve)", "simulated (Weibull)");
                foreach (var d in days)
                {
                    table.AddRow(DataOutput.Format(d), DataOutput.Percent(estimate.Curve.At(d).Survival), DataOutput.Percent(estimate.ImpliedHolding(d)),
                        DataOutput.Percent(model.Survival(d)), DataOutput.Percent(model.Piecewise.Survival(d)),
                        simulated is null ? "" : DataOutput.Percent(simulated.HoldingAfter(d)),
                        piecewise is null ? "" : DataOutput.Percent(piecewise.HoldingAfter(d)),
                        empirical is null ? "" : DataOutput.Percent(empirical.HoldingAfter(d)),
                        weibullRuns is null ? "" : DataOutput.Percent(weibullRuns.HoldingAfter(d)));
                }
                console.Write(table);
                HazardModelView.Write(console, model, heldOut);
                console.WriteLine(DataOutput.UnverifiedNote);
                break;
        }
        return 0;
    }
}
