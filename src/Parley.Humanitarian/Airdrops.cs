using Parley.Domain;

namespace Parley.Humanitarian;

/// <summary>Aid dropped from aircraft. Energy per kg comes from the ration type (MREs in the facts file).</summary>
/// <param name="SortiesPerDay">Sorties per day.</param>
/// <param name="TonnesPerSortie">Payload per sortie.</param>
/// <param name="CostPerSortieUsd">Cost of one sortie.</param>
/// <param name="ShareLost">Share of the payload lost (sea, damage, out of reach), 0..1.</param>
/// <param name="RationKcal">Energy of one ration.</param>
/// <param name="RationWeightLb">Weight of one ration in pounds.</param>
public sealed record Airdrops(
    SourcedNumber SortiesPerDay,
    SourcedNumber TonnesPerSortie,
    SourcedNumber CostPerSortieUsd,
    SourcedNumber ShareLost,
    SourcedNumber RationKcal,
    SourcedNumber RationWeightLb)
{
    /// <summary>Kilograms per pound (exact, by definition).</summary>
    public const double KgPerPound = 0.45359237;

    /// <summary>Energy per kg of rations: ration kcal / (ration lb × 0.45359237 kg/lb).</summary>
    public double KcalPerKg => RationKcal.Value / (RationWeightLb.Value * KgPerPound);

    /// <summary>Checks ranges; throws <see cref="ModelException"/> naming the field to fix.</summary>
    public void Validate()
    {
        Preconditions.NonNegative(SortiesPerDay.Value, "airdrops.sorties_per_day");
        Preconditions.Positive(TonnesPerSortie.Value, "airdrops.tonnes_per_sortie");
        Preconditions.NonNegative(CostPerSortieUsd.Value, "airdrops.cost_per_sortie_usd");
        Preconditions.Share(ShareLost.Value, "airdrops.share_lost");
        if (ShareLost.Value >= 1)
        {
            throw new ModelException("airdrops.share_lost must be below 1: a channel that loses everything delivers nothing");
        }
        Preconditions.Positive(RationKcal.Value, "airdrops.ration_kcal");
        Preconditions.Positive(RationWeightLb.Value, "airdrops.ration_weight_lb");
    }
}
