using Parley.Cli.Infrastructure;
using Parley.Formats;
using Parley.Domain;

namespace Parley.Cli.Tests.Infrastructure;

public sealed class DataDirectoryTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "parley-data-dir-" + Guid.NewGuid().ToString("N"));

    public DataDirectoryTests()
    {
        Directory.CreateDirectory(Path.Combine(_root, "shared", "datasets"));
        Directory.CreateDirectory(Path.Combine(_root, "shared", "data"));
        Directory.CreateDirectory(Path.Combine(_root, "checkout", "src", "deep"));
        Directory.CreateDirectory(Path.Combine(_root, "elsewhere"));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static Func<string, string?> Env(string? value) => name => name == DataDirectory.EnvironmentVariable ? value : null;

    [Fact]
    public void An_explicit_directory_wins_over_the_environment_and_ancestors()
    {
        var explicitDir = Path.Combine(_root, "elsewhere");
        var found = DataDirectory.Locate(explicitDir, "datasets", null, Env(Path.Combine(_root, "shared")), [Path.Combine(_root, "checkout")]);
        Assert.Equal(explicitDir, found.Path);
        Assert.Equal(DataDirectorySource.Explicit, found.Source);
    }

    [Fact]
    public void The_environment_variable_comes_next()
    {
        var fromEnv = Path.Combine(_root, "elsewhere");
        var found = DataDirectory.Locate(null, "datasets", null, Env(fromEnv), [Path.Combine(_root, "checkout")]);
        Assert.Equal(fromEnv, found.Path);
        Assert.Equal(DataDirectorySource.Environment, found.Source);
    }

    [Theory]
    [InlineData("datasets")]
    [InlineData("data")]
    public void Otherwise_the_first_ancestor_holding_shared_subfolder(string subfolder)
    {
        var found = DataDirectory.Locate(null, subfolder, null, Env(null), [Path.Combine(_root, "elsewhere-missing"), Path.Combine(_root, "checkout", "src", "deep")]);
        Assert.Equal(Path.Combine(_root, "shared", subfolder), found.Path);
        Assert.Equal(DataDirectorySource.Ancestor, found.Source);
    }

    [Fact]
    public void Nothing_found_is_one_line_saying_how_to_point_at_the_files()
    {
        var ex = Assert.Throws<InputException>(() => DataDirectory.Locate(null, "nothing-here", null, Env(null), [Path.Combine(_root, "checkout")]));
        Assert.DoesNotContain('\n', ex.Message);
        Assert.Contains("--data DIR", ex.Message, StringComparison.Ordinal);
        Assert.Contains("PARLEY_DATA", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_default_hint_for_datasets_says_where_users_download_them()
    {
        var ex = Assert.Throws<InputException>(() => DataDirectory.Locate(Path.Combine(_root, "absent"), "datasets", null, Env(null), []));
        Assert.Contains("--data", ex.Message, StringComparison.Ordinal);
        Assert.Contains("parley data sources", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_set_but_missing_environment_directory_is_reported()
    {
        var ex = Assert.Throws<InputException>(() => DataDirectory.Locate(null, "datasets", "get them from X", Env(Path.Combine(_root, "absent")), []));
        Assert.Contains("PARLEY_DATA", ex.Message, StringComparison.Ordinal);
        Assert.EndsWith("get them from X", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Data_directory_search_finds_shared_data_above_a_start_folder()
    {
        var root = Path.Combine(Path.GetTempPath(), "parley-tests", Guid.NewGuid().ToString("N"));
        var geo = Path.Combine(root, "shared", "data", "geo");
        Directory.CreateDirectory(geo);
        File.WriteAllText(Path.Combine(geo, GeoDataDirectory.MarkerFile), "{}");
        var deep = Path.Combine(root, "repo", "src", "x");
        Directory.CreateDirectory(deep);
        Assert.Equal(Path.GetFullPath(geo), GeoDataDirectory.Resolve(null, null, [deep]));
        Assert.Equal(Path.GetFullPath(geo), GeoDataDirectory.Resolve(Path.Combine(root, "shared", "data"), null, []));
        Assert.Equal(Path.GetFullPath(geo), GeoDataDirectory.Resolve(null, geo, []));
        // Nothing found: start below a shared/data of this tree that has no geo/. The search stops at the
        // nearest shared/data, so whatever lies above the temporary folder cannot change the answer.
        var bare = Path.Combine(root, "bare", "checkout");
        Directory.CreateDirectory(bare);
        Directory.CreateDirectory(Path.Combine(root, "bare", "shared", "data"));
        Assert.Null(GeoDataDirectory.Resolve(null, null, [bare]));
        Assert.Throws<DirectoryNotFoundException>(() => GeoDataDirectory.Resolve(deep, null, []));
        Assert.Throws<DirectoryNotFoundException>(() => GeoDataDirectory.Resolve(null, deep, []));
    }
}
