using Parley.Domain;

namespace Parley.Conflict.WarProcess;

/// <summary>
/// How an agreed ceasefire unfolds: its first phase, when talks on the next phase open, how the
/// exchanges spend leverage, and how third-party guarantees lower the temptation to resume.
/// </summary>
public sealed record CeasefireSettings
{
    /// <summary>Length of the first phase in days.</summary>
    public double PhaseDays { get; init; } = 42;

    /// <summary>The day of the ceasefire on which talks on the next phase begin.</summary>
    public double TalksFromDay { get; init; } = 16;

    /// <summary>Day by which the exchanges of the first phase are complete.</summary>
    public double ExchangesCompleteDay { get; init; } = 42;

    /// <summary>Reduction of each party's temptation by guarantees and monitoring (utility units).</summary>
    public double GuaranteeReduction { get; init; }

    /// <summary>Baseline breakdown hazard per day, split evenly between the parties.</summary>
    public double BaseHazardPerDay { get; init; } = 0.001;

    /// <summary>Where the baseline hazard came from (a stated number, or an estimate from data), for reports.</summary>
    public string HazardSource { get; init; } = "stated";

    /// <summary>The dataset the baseline hazard is to be estimated from (e.g. "eth-prio"), or null when it is stated.</summary>
    public string? HazardDataset { get; init; }

    /// <summary>The subset filter for <see cref="HazardDataset"/>, e.g. "written=1,mediator_nego=1".</summary>
    public string? HazardFilter { get; init; }

    /// <summary>Extra daily hazard per unit of positive temptation.</summary>
    public double TemptationHazardPerDay { get; init; } = 0.01;

    /// <summary>Checks ranges; throws <see cref="ModelException"/>.</summary>
    public void Validate()
    {
        if (!(PhaseDays > 0) || TalksFromDay < 0 || ExchangesCompleteDay < 0)
        {
            throw new ModelException("ceasefire: phase_days must be positive and days non-negative");
        }
        if (!(BaseHazardPerDay >= 0 && BaseHazardPerDay <= 1) || !(TemptationHazardPerDay >= 0 && TemptationHazardPerDay <= 1))
        {
            throw new ModelException("ceasefire: hazards are probabilities per day and must lie in [0, 1]");
        }
        if (GuaranteeReduction < 0)
        {
            throw new ModelException("ceasefire: guarantee_reduction must be non-negative");
        }
    }
}
