using System.Data.Common;

namespace Parley.Store.Database;

/// <summary>
/// The store's schema, as numbered migrations applied in order when a store is opened; the highest
/// applied number is kept in <c>schema_version</c>. A migration is never edited once shipped: a change
/// is a new migration.
/// </summary>
internal static class Migrations
{
    /// <summary>The migrations: (version, SQL for SQLite, SQL for PostgreSQL).</summary>
    public static IReadOnlyList<(int Version, string Sqlite, string Postgres)> All { get; } =
    [
        (1, V1("REAL", "BLOB"), V1("DOUBLE PRECISION", "BYTEA")),
    ];

    /// <summary>The newest schema version.</summary>
    public static int Latest => All[^1].Version;

    private static string V1(string real, string blob) => $"""
        CREATE TABLE experiments (
            id TEXT PRIMARY KEY,
            kind TEXT NOT NULL,
            name TEXT NOT NULL,
            scenario TEXT NOT NULL,
            scenario_hash TEXT NOT NULL,
            runs INTEGER NOT NULL,
            seed TEXT NOT NULL,
            code_version TEXT NOT NULL,
            design TEXT NOT NULL,
            points INTEGER NOT NULL,
            spec TEXT NOT NULL,
            value_columns TEXT,
            created TEXT NOT NULL
        );
        CREATE TABLE runs (
            experiment TEXT NOT NULL,
            point INTEGER NOT NULL,
            run INTEGER NOT NULL,
            ending INTEGER NOT NULL,
            prevailing INTEGER NOT NULL,
            rounds INTEGER NOT NULL,
            days {real} NOT NULL,
            agreement_day {real},
            ceasefire_days {real},
            broken_by INTEGER NOT NULL,
            followed_by INTEGER,
            casualties_a {real} NOT NULL,
            casualties_b {real} NOT NULL,
            run_values {blob} NOT NULL,
            PRIMARY KEY (experiment, point, run)
        );
        CREATE TABLE summaries (
            experiment TEXT NOT NULL,
            point INTEGER NOT NULL,
            summary TEXT NOT NULL,
            PRIMARY KEY (experiment, point)
        );
        """;

    /// <summary>Applies every migration above the store's version, each in its own transaction.</summary>
    public static void Apply(DbConnection connection, bool postgres)
    {
        Execute(connection, null, "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
        foreach (var (version, sqlite, pg) in All)
        {
            using var tx = connection.BeginTransaction();
            if (postgres)
            {
                // Several shards may open the store at once: one applies the migration, the others wait.
                Execute(connection, tx, "SELECT pg_advisory_xact_lock(7310214)");
            }
            using var check = connection.CreateCommand();
            check.Transaction = tx;
            check.CommandText = "SELECT COALESCE(MAX(version), 0) FROM schema_version";
            var current = Convert.ToInt32(check.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
            if (current >= version)
            {
                tx.Commit();
                continue;
            }
            Execute(connection, tx, postgres ? pg : sqlite);
            Execute(connection, tx, $"INSERT INTO schema_version (version) VALUES ({version})");
            tx.Commit();
        }
    }

    private static void Execute(DbConnection connection, DbTransaction? tx, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
