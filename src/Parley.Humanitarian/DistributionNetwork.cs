using Parley.Domain;

namespace Parley.Humanitarian;

/// <summary>
/// Distribution points of one administration: how many, and how many people one point can serve a
/// day. Food that arrives by land reaches at most <c>points × people per point</c> people a day.
/// </summary>
/// <param name="Name">Display name, e.g. "UN network".</param>
/// <param name="Points">Number of distribution points.</param>
/// <param name="PeoplePerPointPerDay">People one point serves a full day's ration per day.</param>
public sealed record DistributionNetwork(string Name, SourcedNumber Points, SourcedNumber PeoplePerPointPerDay)
{
    /// <summary>People reachable per day.</summary>
    public double Reach => Points.Value * PeoplePerPointPerDay.Value;

    /// <summary>Checks ranges.</summary>
    public void Validate(string path)
    {
        Preconditions.NonNegative(Points.Value, $"{path}.points");
        Preconditions.NonNegative(PeoplePerPointPerDay.Value, $"{path}.people_per_point_per_day");
    }
}
