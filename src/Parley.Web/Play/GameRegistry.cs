using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Security.Cryptography;
using Parley.Application.Play;
using Parley.Web.Scenarios;

namespace Parley.Web.Play;

/// <summary>
/// The games being played: each seat reached only with its secret key, so a browser session sees only
/// its own game; at most <see cref="MaxGames"/> kept (the oldest closed and forgotten first); finished
/// games of a class listed together for the teacher's debrief.
/// </summary>
public sealed class GameRegistry(ScenarioViews views)
{
    /// <summary>Games kept at once.</summary>
    public const int MaxGames = 200;

    private readonly ConcurrentDictionary<string, (long Order, GameRecord Record)> _games = new(StringComparer.Ordinal);
    private long _count;

    /// <summary>Starts a game; <paramref name="people"/> are the seats people take, with their names.</summary>
    public GameRecord Start(ScenarioEntry scenario, string hypothesis, IReadOnlyDictionary<int, string> people, string classCode, ulong seed, int rounds)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(people);
        var game = new TableGame(views.Prepared(scenario), hypothesis, people.Keys, seed, rounds);
        var keys = people.Keys.ToImmutableDictionary(seat => seat, _ => Secret());
        var record = new GameRecord(Secret(), scenario, game, keys, (classCode ?? "").Trim(), people.ToImmutableDictionary());
        _games[record.Id] = (Interlocked.Increment(ref _count), record);
        while (_games.Count > MaxGames)
        {
            var oldest = _games.MinBy(kv => kv.Value.Order);
            if (_games.TryRemove(oldest.Key, out var removed))
            {
                removed.Record.Game.Dispose();
            }
        }
        game.Start();
        return record;
    }

    /// <summary>The game and the seat a link names, or null when the id or key is wrong.</summary>
    public GameRecord? Find(string? id, int seat, string? key)
    {
        if (id is null || key is null || !_games.TryGetValue(id, out var entry))
        {
            return null;
        }
        var record = entry.Record;
        return record.SeatKeys.TryGetValue(seat, out var expected)
            && CryptographicOperations.FixedTimeEquals(System.Text.Encoding.ASCII.GetBytes(expected), System.Text.Encoding.ASCII.GetBytes(key))
            ? record
            : null;
    }

    /// <summary>The finished games of a class, oldest first.</summary>
    public IReadOnlyList<GameRecord> Finished(string classCode) =>
        [.. _games.Values.Where(g => g.Record.ClassCode.Length > 0 && g.Record.ClassCode == classCode.Trim() && g.Record.Game.Outcome is not null)
            .OrderBy(g => g.Order).Select(g => g.Record)];

    /// <summary>Closes a game whose people have all left (its talks stop waiting).</summary>
    public void Close(GameRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        record.Game.Dispose();
    }

    private static string Secret() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));
}
