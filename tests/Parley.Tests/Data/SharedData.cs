using Parley.Data.Datasets;

namespace Parley.Tests.Data;

/// <summary>Locates ../shared/datasets from the test binaries and loads it once for all tests.</summary>
internal static class SharedData
{
    public static string Directory { get; } =
        SharedFolder.Find("datasets");

    private static readonly Lazy<ConflictData> Loaded = new(() => ConflictData.Load(Directory));

    public static ConflictData All => Loaded.Value;
}
