using Npgsql;

namespace Parley.Store.Database;

/// <summary>Turns the PostgreSQL targets users write (a URL or a keyword string) into an Npgsql connection string.</summary>
internal static class PostgresConnection
{
    /// <summary>An Npgsql connection string for <paramref name="target"/>.</summary>
    public static string ConnectionString(string target)
    {
        if (!target.Contains("://", StringComparison.Ordinal))
        {
            return target;
        }
        var uri = new Uri(target);
        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.IsDefaultPort || uri.Port <= 0 ? 5432 : uri.Port,
            Database = uri.AbsolutePath.Trim('/') is { Length: > 0 } db ? Uri.UnescapeDataString(db) : "postgres",
        };
        if (uri.UserInfo.Length > 0)
        {
            var parts = uri.UserInfo.Split(':', 2);
            builder.Username = Uri.UnescapeDataString(parts[0]);
            if (parts.Length > 1)
            {
                builder.Password = Uri.UnescapeDataString(parts[1]);
            }
        }
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var kv = pair.Split('=', 2);
            builder[Uri.UnescapeDataString(kv[0])] = kv.Length > 1 ? Uri.UnescapeDataString(kv[1]) : "";
        }
        return builder.ConnectionString;
    }

    /// <summary>Host and database of <paramref name="target"/>, without credentials.</summary>
    public static string Describe(string target)
    {
        try
        {
            var b = new NpgsqlConnectionStringBuilder(ConnectionString(target));
            return $"postgresql://{b.Host}:{b.Port}/{b.Database}";
        }
        catch (ArgumentException)
        {
            return "postgresql (unreadable connection string)";
        }
        catch (UriFormatException)
        {
            return "postgresql (unreadable connection string)";
        }
    }
}
