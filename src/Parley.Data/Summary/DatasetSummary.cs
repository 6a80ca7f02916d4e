namespace Parley.Data.Summary;

/// <summary>What one loaded dataset holds, in a few figures.</summary>
/// <param name="Id">Dataset id.</param>
/// <param name="Title">Dataset title.</param>
/// <param name="Version">Version read.</param>
/// <param name="File">Path of the file read.</param>
/// <param name="Rows">Data rows in the file.</param>
/// <param name="Units">Analysis units after aggregation (wars, episodes, ceasefires, agreements).</param>
/// <param name="UnitName">What a unit is.</param>
/// <param name="FirstYear">Earliest year covered.</param>
/// <param name="LastYear">Latest year covered.</param>
/// <param name="Items">Headline figures.</param>
/// <param name="Notes">Repairs the loader made.</param>
public sealed record DatasetSummary(
    string Id,
    string Title,
    string Version,
    string File,
    int Rows,
    int Units,
    string UnitName,
    int FirstYear,
    int LastYear,
    IReadOnlyList<SummaryItem> Items,
    IReadOnlyList<string> Notes);
