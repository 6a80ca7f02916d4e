namespace Parley.Cli.Tests.TestSupport;

public sealed class TestFilesTests
{
    [Fact]
    public void A_missing_shared_folder_fails_the_test_naming_the_folder()
    {
        var ex = Assert.Throws<DirectoryNotFoundException>(() => TestFiles.Shared("datasets", "no-such-folder"));
        Assert.Contains("../shared/datasets/no-such-folder", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_existing_shared_folder_is_an_absolute_path_beside_the_checkout()
    {
        var data = TestFiles.Shared("data");
        Assert.True(Path.IsPathFullyQualified(data));
        Assert.Equal(Path.GetDirectoryName(TestFiles.RepoRoot), Path.GetDirectoryName(Path.GetDirectoryName(data)));
    }
}
