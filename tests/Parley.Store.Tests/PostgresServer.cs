using System.Diagnostics;
using System.Globalization;
using Npgsql;

namespace Parley.Store.Tests;

/// <summary>
/// The PostgreSQL server the integration tests use: the one <c>PARLEY_TEST_POSTGRES</c> names (CI starts
/// one in <c>.ci/run</c>), else a throwaway cluster this fixture creates with the installed PostgreSQL
/// (<c>initdb</c>, <c>pg_ctl</c>) in a temporary folder and stops when the tests end. Without either the
/// tests fail and say what to install.
/// </summary>
public sealed class PostgresServer : IDisposable
{
    private readonly string? _dataDirectory;
    private readonly string? _bin;
    private int _databases;

    public PostgresServer()
    {
        var given = Environment.GetEnvironmentVariable("PARLEY_TEST_POSTGRES");
        if (!string.IsNullOrWhiteSpace(given))
        {
            AdminConnection = given;
            return;
        }
        _bin = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).Where(b => File.Exists(Path.Combine(b, "initdb"))).OrderBy(b => b, StringComparer.Ordinal).LastOrDefault()
            : null;
        if (_bin is null)
        {
            Problem = "PostgreSQL is not installed: apt-get install postgresql (or set PARLEY_TEST_POSTGRES to a server's connection string)";
            AdminConnection = "";
            return;
        }
        var root = Path.Combine(Path.GetTempPath(), "parley-pg-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(root);
        _dataDirectory = Path.Combine(root, "data");
        var port = 20000 + (Environment.ProcessId % 20000);
        var asRoot = Environment.UserName == "root";
        if (asRoot)
        {
            Run("chown", "-R", "postgres", root);
        }
        Run(asRoot, Path.Combine(_bin, "initdb"), "-D", _dataDirectory, "-U", "parley", "--auth=trust", "-E", "UTF8");
        Run(asRoot, Path.Combine(_bin, "pg_ctl"), "-D", _dataDirectory, "-l", Path.Combine(root, "log"), "-w", "-o",
            $"-p {port.ToString(CultureInfo.InvariantCulture)} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off", "start");
        AdminConnection = $"Host=127.0.0.1;Port={port.ToString(CultureInfo.InvariantCulture)};Username=parley;Database=postgres";
    }

    /// <summary>Why PostgreSQL is unavailable, or null.</summary>
    public string? Problem { get; }

    /// <summary>A connection string to the server's postgres database.</summary>
    public string AdminConnection { get; }

    /// <summary>A new, empty database; its connection string.</summary>
    public string NewDatabase()
    {
        Assert.True(Problem is null, Problem);
        var name = $"parley_test_{Environment.ProcessId}_{Interlocked.Increment(ref _databases)}";
        using (var connection = new NpgsqlConnection(AdminConnection))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"DROP DATABASE IF EXISTS {name}; ";
            command.ExecuteNonQuery();
            command.CommandText = $"CREATE DATABASE {name}";
            command.ExecuteNonQuery();
        }
        return new NpgsqlConnectionStringBuilder(AdminConnection) { Database = name, Pooling = false }.ConnectionString;
    }

    public void Dispose()
    {
        if (_dataDirectory is not null && _bin is not null)
        {
            NpgsqlConnection.ClearAllPools();
            Run(Environment.UserName == "root", Path.Combine(_bin, "pg_ctl"), "-D", _dataDirectory, "-m", "fast", "-w", "stop");
            Directory.Delete(Path.GetDirectoryName(_dataDirectory)!, recursive: true);
        }
    }

    private static void Run(bool asPostgres, string program, params string[] args)
    {
        if (asPostgres)
        {
            Run("runuser", ["-u", "postgres", "--", program, .. args]);
        }
        else
        {
            Run(program, args);
        }
    }

    private static void Run(string program, params string[] args)
    {
        var info = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(60_000) || process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', args)} failed: {stdout.Result} {stderr.Result}");
        }
    }
}

[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>
{
    public const string Name = "postgres";
}
