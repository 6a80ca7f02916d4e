using Npgsql;
using Parley.Domain;
using Parley.Store.Database;

namespace Parley.Cluster.Membership;

/// <summary>
/// The tables through which silos find each other in a PostgreSQL experiment store (Orleans ADO.NET
/// clustering): the silos of a cluster and its membership version, and <c>OrleansQuery</c>, the queries
/// Orleans reads by key and runs with its own parameters (<c>@DeploymentId</c>, <c>@Address</c>, ...).
/// Numbered migrations as in the store (<c>cluster_schema_version</c>), applied under an advisory lock
/// so that silos starting together create them once.
/// </summary>
internal static class MembershipSchema
{
    /// <summary>The migrations: (version, SQL).</summary>
    public static IReadOnlyList<(int Version, string Sql)> All { get; } = [(1, V1)];

    /// <summary>Creates or updates the tables in the PostgreSQL store at <paramref name="store"/>.</summary>
    public static void Apply(StoreTarget store)
    {
        var connectionString = store.PostgresConnectionString
            ?? throw new InputException(store.Display, null, null, "a cluster needs a PostgreSQL store: silos on several machines meet there (a SQLite file serves one machine)");
        try
        {
            using var connection = new NpgsqlConnection(connectionString);
            connection.Open();
            Execute(connection, null, "CREATE TABLE IF NOT EXISTS cluster_schema_version (version INTEGER NOT NULL)");
            foreach (var (version, sql) in All)
            {
                using var tx = connection.BeginTransaction();
                Execute(connection, tx, "SELECT pg_advisory_xact_lock(7310215)");
                using var check = new NpgsqlCommand("SELECT COALESCE(MAX(version), 0) FROM cluster_schema_version", connection, tx);
                if (Convert.ToInt32(check.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) < version)
                {
                    Execute(connection, tx, sql);
                    Execute(connection, tx, $"INSERT INTO cluster_schema_version (version) VALUES ({version})");
                }
                tx.Commit();
            }
        }
        catch (Exception ex) when (ex is NpgsqlException or ArgumentException or InvalidOperationException)
        {
            throw new InputException(store.Display, null, null, $"cannot prepare the cluster's tables: {ex.Message.ReplaceLineEndings(" ")}", ex);
        }
    }

    private static void Execute(NpgsqlConnection connection, NpgsqlTransaction? tx, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection, tx);
        command.ExecuteNonQuery();
    }

    // Written for this store from the contract of Orleans' relational membership table: each query
    // keeps the parameter names Orleans binds and returns the column names it reads; an insert or an
    // update of a silo row succeeds only together with the version it was read at (optimistic
    // concurrency) and returns the rows it changed (0 = refused, so Orleans reads again and retries).
    private const string V1 = """
        CREATE TABLE orleans_membership_version (
            deployment_id TEXT PRIMARY KEY,
            changed TIMESTAMPTZ NOT NULL DEFAULT now(),
            version INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE orleans_membership (
            deployment_id TEXT NOT NULL REFERENCES orleans_membership_version (deployment_id),
            address TEXT NOT NULL,
            port INTEGER NOT NULL,
            generation INTEGER NOT NULL,
            silo_name TEXT NOT NULL,
            host_name TEXT NOT NULL,
            status INTEGER NOT NULL,
            proxy_port INTEGER,
            suspect_times TEXT,
            start_time TIMESTAMPTZ NOT NULL,
            i_am_alive_time TIMESTAMPTZ NOT NULL,
            PRIMARY KEY (deployment_id, address, port, generation)
        );
        CREATE TABLE OrleansQuery (
            QueryKey TEXT PRIMARY KEY,
            QueryText TEXT NOT NULL
        );
        INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES
        ('InsertMembershipVersionKey', $q$
            WITH added AS (
                INSERT INTO orleans_membership_version (deployment_id) VALUES (@DeploymentId)
                ON CONFLICT (deployment_id) DO NOTHING RETURNING 1)
            SELECT COUNT(*)::integer FROM added
        $q$),
        ('InsertMembershipKey', $q$
            WITH bumped AS (
                UPDATE orleans_membership_version SET version = version + 1, changed = now()
                WHERE deployment_id = @DeploymentId AND version = @Version
                  AND NOT EXISTS (SELECT 1 FROM orleans_membership m WHERE m.deployment_id = @DeploymentId
                      AND m.address = @Address AND m.port = @Port AND m.generation = @Generation)
                RETURNING deployment_id),
            added AS (
                INSERT INTO orleans_membership (deployment_id, address, port, generation, silo_name, host_name, status, proxy_port, start_time, i_am_alive_time)
                SELECT deployment_id, @Address, @Port, @Generation, @SiloName, @HostName, @Status, @ProxyPort, @StartTime, @IAmAliveTime FROM bumped
                RETURNING 1)
            SELECT COUNT(*)::integer FROM added
        $q$),
        ('UpdateMembershipKey', $q$
            WITH bumped AS (
                UPDATE orleans_membership_version SET version = version + 1, changed = now()
                WHERE deployment_id = @DeploymentId AND version = @Version
                  AND EXISTS (SELECT 1 FROM orleans_membership m WHERE m.deployment_id = @DeploymentId
                      AND m.address = @Address AND m.port = @Port AND m.generation = @Generation)
                RETURNING deployment_id),
            changed AS (
                UPDATE orleans_membership m SET status = @Status, suspect_times = @SuspectTimes, i_am_alive_time = @IAmAliveTime
                FROM bumped WHERE m.deployment_id = bumped.deployment_id
                  AND m.address = @Address AND m.port = @Port AND m.generation = @Generation
                RETURNING 1)
            SELECT COUNT(*)::integer FROM changed
        $q$),
        ('UpdateIAmAlivetimeKey', $q$
            UPDATE orleans_membership SET i_am_alive_time = @IAmAliveTime
            WHERE deployment_id = @DeploymentId AND address = @Address AND port = @Port AND generation = @Generation
        $q$),
        ('MembershipReadRowKey', $q$
            SELECT v.deployment_id AS "DeploymentId", m.address AS "Address", m.port AS "Port", m.generation AS "Generation",
                m.silo_name AS "SiloName", m.host_name AS "HostName", m.status AS "Status", m.proxy_port AS "ProxyPort",
                m.suspect_times AS "SuspectTimes", m.start_time AS "StartTime", m.i_am_alive_time AS "IAmAliveTime", v.version AS "Version"
            FROM orleans_membership_version v
            LEFT JOIN orleans_membership m ON m.deployment_id = v.deployment_id
                AND m.address = @Address AND m.port = @Port AND m.generation = @Generation
            WHERE v.deployment_id = @DeploymentId
        $q$),
        ('MembershipReadAllKey', $q$
            SELECT v.deployment_id AS "DeploymentId", m.address AS "Address", m.port AS "Port", m.generation AS "Generation",
                m.silo_name AS "SiloName", m.host_name AS "HostName", m.status AS "Status", m.proxy_port AS "ProxyPort",
                m.suspect_times AS "SuspectTimes", m.start_time AS "StartTime", m.i_am_alive_time AS "IAmAliveTime", v.version AS "Version"
            FROM orleans_membership_version v
            LEFT JOIN orleans_membership m ON m.deployment_id = v.deployment_id
            WHERE v.deployment_id = @DeploymentId
        $q$),
        ('DeleteMembershipTableEntriesKey', $q$
            DELETE FROM orleans_membership WHERE deployment_id = @DeploymentId;
            DELETE FROM orleans_membership_version WHERE deployment_id = @DeploymentId
        $q$),
        ('GatewaysQueryKey', $q$
            SELECT address AS "Address", proxy_port AS "ProxyPort", generation AS "Generation"
            FROM orleans_membership
            WHERE deployment_id = @DeploymentId AND status = @Status AND proxy_port > 0
        $q$),
        ('CleanupDefunctSiloEntriesKey', $q$
            DELETE FROM orleans_membership
            WHERE deployment_id = @DeploymentId AND i_am_alive_time < @IAmAliveTime AND status = 6
        $q$),
        ('CleanupDefunctSiloEntryKey', $q$
            DELETE FROM orleans_membership
            WHERE deployment_id = @DeploymentId AND status = 6
              AND address = @Address AND port = @Port AND generation = @Generation
        $q$);
        """;
}
