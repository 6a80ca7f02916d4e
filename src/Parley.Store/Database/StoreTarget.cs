namespace Parley.Store.Database;

/// <summary>
/// Where experiments are stored: a PostgreSQL connection string (it starts with <c>postgres://</c> or
/// <c>postgresql://</c>, or contains <c>Host=</c>) or else a SQLite file path.
/// </summary>
public sealed record StoreTarget(string Text)
{
    /// <summary>The SQLite file used when no target is given.</summary>
    public const string DefaultPath = "parley.db";

    /// <summary>True for PostgreSQL.</summary>
    public bool IsPostgres =>
        Text.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
        || Text.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
        || Text.Contains("Host=", StringComparison.OrdinalIgnoreCase);

    /// <summary>The Npgsql connection string of a PostgreSQL target (a URL written out as keywords); null for a SQLite file.</summary>
    public string? PostgresConnectionString => IsPostgres ? PostgresConnection.ConnectionString(Text) : null;

    /// <summary>The target as shown to a user: the file, or the PostgreSQL host and database without the password.</summary>
    public string Display => IsPostgres ? PostgresConnection.Describe(Text) : Text;
}
