using System.Xml.Linq;
using Parley.Reports;

namespace Parley.Cli.Tests.Reports;

/// <summary>The fixture report written once into a fresh temporary folder, shared by a test class.</summary>
public sealed class WrittenReport : IDisposable
{
    public WrittenReport()
    {
        Folder = Path.Combine(Path.GetTempPath(), "parley-tests", "report-" + Guid.NewGuid().ToString("N"));
        Files = ReportWriter.Write(ReportFixture.Build(), Folder);
        Html = File.ReadAllText(Files.Page);
        Document = Parse(Html);
    }

    public string Folder { get; }

    public ReportFiles Files { get; }

    public string Html { get; }

    public XDocument Document { get; }

    /// <summary>Parses the page as XML after dropping the HTML5 doctype: fails on unbalanced tags, unquoted attributes or named entities.</summary>
    public static XDocument Parse(string html)
    {
        const string doctype = "<!DOCTYPE html>";
        Assert.StartsWith(doctype, html, StringComparison.Ordinal);
        return XDocument.Parse(html[doctype.Length..], LoadOptions.PreserveWhitespace);
    }

    public void Dispose()
    {
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}
