using Parley.Domain;

namespace Parley.Application.Results;

/// <summary>Share of ceasefires (in the Monte Carlo runs that reached one) still holding 30, 90 and 365 days on.</summary>
public sealed record CeasefireHoldShares(double At30Days, double At90Days, double At365Days)
{
    /// <summary>Share holding after 30 days.</summary>
    public double At30Days { get; } = Preconditions.Share(At30Days, "ceasefire survival at 30 days");

    /// <summary>Share holding after 90 days.</summary>
    public double At90Days { get; } = At90Days <= At30Days
        ? Preconditions.Share(At90Days, "ceasefire survival at 90 days")
        : throw new ModelException($"ceasefire survival at 90 days ({At90Days}) is above that at 30 days ({At30Days}): survival cannot rise");

    /// <summary>Share holding after 365 days.</summary>
    public double At365Days { get; } = At365Days <= At90Days
        ? Preconditions.Share(At365Days, "ceasefire survival at 365 days")
        : throw new ModelException($"ceasefire survival at 365 days ({At365Days}) is above that at 90 days ({At90Days}): survival cannot rise");
}
