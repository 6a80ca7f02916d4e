using System.Globalization;
using Parley.Domain;
using Parley.Store.Experiments;

namespace Parley.Store.Database;

/// <summary>Listing and finding the recorded experiments.</summary>
public sealed partial class ExperimentStore
{
    /// <summary>Every experiment, oldest first, with its stored run count.</summary>
    public IReadOnlyList<StoredExperiment> List()
    {
        using var command = Command("""
            SELECT e.id, e.spec, e.created, (SELECT COUNT(*) FROM runs r WHERE r.experiment = e.id)
            FROM experiments e ORDER BY e.created, e.id
            """);
        var result = new List<StoredExperiment>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            result.Add(new StoredExperiment(reader.GetString(0), ExperimentSpec.FromJson(reader.GetString(1)), reader.GetString(2), Convert.ToInt64(reader.GetValue(3), CultureInfo.InvariantCulture)));
        }
        return result;
    }

    /// <summary>The experiment whose id starts with <paramref name="idOrPrefix"/> or whose name is it; an <see cref="InputException"/> when none or several match.</summary>
    public StoredExperiment Find(string idOrPrefix)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(idOrPrefix);
        var all = List();
        var byName = all.Where(e => e.Spec.Name == idOrPrefix).ToList();
        var matches = byName.Count > 0 ? byName : [.. all.Where(e => e.Id.StartsWith(idOrPrefix, StringComparison.OrdinalIgnoreCase))];
        return matches.Count switch
        {
            1 => matches[0],
            0 => throw new InputException(Target.Display, null, null, $"no experiment '{idOrPrefix}' in the store: list them with runs list"),
            _ => byName.Count > 0 ? matches[^1] : throw new InputException(Target.Display, null, null, $"'{idOrPrefix}' matches {matches.Count} experiments: give more of the id"),
        };
    }
}

/// <summary>An experiment as stored.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Spec">What it is.</param>
/// <param name="Created">When it was first recorded (UTC, ISO 8601).</param>
/// <param name="StoredRuns">Runs stored over all its points.</param>
public sealed record StoredExperiment(string Id, ExperimentSpec Spec, string Created, long StoredRuns)
{
    /// <summary>Runs it will have when complete.</summary>
    public long PlannedRuns => (long)Spec.Runs * Spec.Points.Count;
}
