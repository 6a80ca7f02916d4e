using System.Text;
using Parley.Reports.Charts;
using Parley.Reports.Csv;
using Parley.Reports.Html;
using Parley.Application.Results;

namespace Parley.Reports;

/// <summary>The files one report wrote: the page first, then the CSV files.</summary>
/// <param name="Page">Full path of <c>index.html</c>.</param>
/// <param name="Data">Full paths of the CSV files, in the order the page lists them.</param>
public sealed record ReportFiles(string Page, IReadOnlyList<string> Data)
{
    /// <summary>Every path written, the page first.</summary>
    public IReadOnlyList<string> All => [Page, .. Data];
}

/// <summary>
/// Writes a <see cref="RunReport"/> as a self-contained <c>index.html</c> (inline CSS, charts as
/// base64 PNG, the map as inline SVG; no external requests) plus its data as tidy CSV files.
/// </summary>
public static class ReportWriter
{
    /// <summary>Where <c>parley run</c> writes by default, relative to the current folder.</summary>
    public const string DefaultDirectory = "parley-out";

    /// <summary>The page's file name.</summary>
    public const string PageName = "index.html";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// Draws the charts and writes the page and the CSV files into <paramref name="outputDirectory"/>
    /// (created if missing; files of an earlier report there are replaced).
    /// </summary>
    public static ReportFiles Write(RunReport report, string outputDirectory = DefaultDirectory)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentException.ThrowIfNullOrWhiteSpace(outputDirectory);
        var folder = Path.GetFullPath(outputDirectory);
        Directory.CreateDirectory(folder);

        var tables = ReportCsv.Tables(report);
        var charts = ReportCharts.Draw(report);
        var data = new List<string>(tables.Count);
        foreach (var table in tables)
        {
            var path = Path.Combine(folder, table.FileName);
            File.WriteAllText(path, table.ToCsv(), Utf8);
            data.Add(path);
        }
        foreach (var optional in ReportCsv.OptionalFileNames)
        {
            var path = Path.Combine(folder, optional);
            if (!data.Contains(path, StringComparer.Ordinal) && File.Exists(path))
            {
                File.Delete(path);
            }
        }
        var page = Path.Combine(folder, PageName);
        File.WriteAllText(page, ReportPage.Build(report, charts, tables), Utf8);
        return new ReportFiles(page, data);
    }
}
