using Parley.Cli.Infrastructure;
using Parley.Store.Database;

namespace Parley.Cli.Commands.Store;

/// <summary>Where the CLI records experiments: <c>--store TARGET</c>, else <c>PARLEY_STORE</c>, else (when recording always) <c>./parley.db</c>.</summary>
public static class StoreOption
{
    /// <summary>The environment variable naming the store.</summary>
    public const string Variable = "PARLEY_STORE";

    /// <summary>Help text of <c>--store</c>.</summary>
    public const string Help = "Record in this experiment store: a PostgreSQL connection string (postgres://..., postgresql://... or Host=...) or a SQLite file (default: PARLEY_STORE, else ./parley.db).";

    /// <summary>The store named by the flag or the environment; with <paramref name="always"/> the default file when neither names one, else null.</summary>
    public static StoreTarget? Resolve(string? flag, bool always)
    {
        var text = flag ?? Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(text))
        {
            return always ? new StoreTarget(StoreTarget.DefaultPath) : null;
        }
        return new StoreTarget(text);
    }

    /// <summary>The store to read (<c>runs</c> commands).</summary>
    public static StoreTarget Read(string? flag)
    {
        var target = Resolve(flag, always: true)!;
        if (!target.IsPostgres && !File.Exists(target.Text))
        {
            throw new CliException($"{target.Text}: no experiment store here: give --store TARGET or set {Variable}");
        }
        return target;
    }
}
