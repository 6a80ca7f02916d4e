namespace Parley.Reports.Charts;

/// <summary>
/// Makes charts render their text headless on Linux: SkiaSharp's self-contained Linux build does not
/// ask fontconfig for fonts, so DejaVu Sans (Debian: fonts-dejavu-core) is registered from its file.
/// Where no such file exists (Windows, macOS) the platform's font manager is used as it is.
/// </summary>
internal static class ChartFonts
{
    /// <summary>The font every chart uses.</summary>
    public const string Family = "DejaVu Sans";

    private static readonly Lazy<string?> Registered = new(Register, LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly string[] SearchFolders =
    [
        "/usr/share/fonts",
        "/usr/local/share/fonts",
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".fonts"),
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share", "fonts"),
    ];

    /// <summary>The DejaVu Sans file registered with ScottPlot, or null when none was found.</summary>
    public static string? FontFile => Registered.Value;

    /// <summary>Registers the font once per process (thread-safe); later calls do nothing.</summary>
    public static void EnsureRegistered() => _ = Registered.Value;

    private static string? Register()
    {
        var regular = Find("DejaVuSans.ttf");
        if (regular is not null)
        {
            ScottPlot.Fonts.AddFontFile(Family, regular, bold: false, italic: false);
            var bold = Find("DejaVuSans-Bold.ttf");
            if (bold is not null)
            {
                ScottPlot.Fonts.AddFontFile(Family, bold, bold: true, italic: false);
            }
        }
        ScottPlot.Fonts.Default = Family;
        return regular;
    }

    private static string? Find(string fileName)
    {
        foreach (var folder in SearchFolders)
        {
            if (!Directory.Exists(folder))
            {
                continue;
            }
            var hit = Directory.EnumerateFiles(folder, fileName, new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true })
                .Order(StringComparer.Ordinal)
                .FirstOrDefault();
            if (hit is not null)
            {
                return hit;
            }
        }
        return null;
    }
}
