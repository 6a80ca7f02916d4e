using Parley.Domain.Endings;
using Parley.Domain;

namespace Parley.Application.Results;

/// <summary>How many Monte Carlo runs ended one way (e.g. "negotiated settlement": 412).</summary>
public sealed record EndingCount(string Ending, int Count)
{
    /// <summary>The ending's name.</summary>
    public string Ending { get; } = Preconditions.Text(Ending, "an ending's name");

    /// <summary>Runs that ended this way.</summary>
    public int Count { get; } = Preconditions.NonNegative(Count, $"the count of ending '{Ending}'");
}
