using Parley.Data.Csv;

namespace Parley.Data.Datasets.Ucdp;

/// <summary>Reads the UCDP Conflict Termination dataset, dyad level (v3-2021).</summary>
public static partial class UcdpTerminationReader
{
    private static readonly int[] Outcomes = [1, 2, 3, 4, 5, 6];
    private static readonly int[] Terms = [0, 1];
    private static readonly int[] Incompatibilities = [1, 2, 3];
    private static readonly int[] Intensities = [1, 2];
    private static readonly int[] Types = [1, 2, 3, 4];

    /// <summary>Reads every dyad-year from the file in <paramref name="dataDirectory"/>.</summary>
    public static DatasetRows<UcdpDyadYear> Read(string dataDirectory)
    {
        using var csv = DatasetFile.Open(DatasetCatalog.UcdpTermination, dataDirectory);
        return Read(csv);
    }

    /// <summary>Reads every dyad-year from an open file.</summary>
    public static DatasetRows<UcdpDyadYear> Read(CsvFile csv)
    {
        ArgumentNullException.ThrowIfNull(csv);
        var missing = UcdpCodes.Missing;
        var dyadId = csv.Column("dyad_id");
        var episode = csv.Column("dyadepisode");
        var conflictId = csv.Column("conflict_id");
        var year = csv.Column("year");
        var location = csv.Column("location");
        var sideA = csv.Column("side_a");
        var sideB = csv.Column("side_b");
        var term = csv.Column("dyadterm");
        var outcome = csv.Column("outcome");
        var endDate = csv.Column("ependdate");
        var cfireDate = csv.Column("cfiredate");
        var peagDate = csv.Column("peagdate");
        var recur = csv.Column("recur");
        var incompatibility = csv.Column("incompatibility");
        var intensity = csv.Column("intensity_level");
        var type = csv.Column("type_of_conflict");
        var notes = new DataNotes(DatasetCatalog.UcdpTermination.Id);
        var rows = new List<UcdpDyadYear>(3200);
        while (csv.Read())
        {
            var y = csv.GetRequiredInt32(year, missing);
            rows.Add(new UcdpDyadYear(
                csv.GetRequiredInt32(dyadId, missing),
                csv.GetRequiredInt32(episode, missing),
                csv.GetRequiredInt32(conflictId, missing),
                y,
                csv.GetString(location, missing) ?? "",
                csv.GetString(sideA, missing) ?? "",
                csv.GetString(sideB, missing) ?? "",
                csv.GetCode(term, missing, Terms),
                csv.GetCode(outcome, missing, Outcomes),
                Date(csv, endDate, missing, y, notes),
                Date(csv, cfireDate, missing, y, notes),
                Date(csv, peagDate, missing, y, notes),
                csv.GetCode(recur, missing, Terms) == 1,
                csv.GetCode(incompatibility, missing, Incompatibilities) ?? throw csv.Error(incompatibility, "a value is required"),
                csv.GetCode(intensity, missing, Intensities) ?? throw csv.Error(intensity, "a value is required"),
                csv.GetCode(type, missing, Types) ?? throw csv.Error(type, "a value is required"),
                csv.Line));
        }
        return new DatasetRows<UcdpDyadYear>(rows, notes.Items);
    }

    /// <summary>The rows with dyadterm = 1: one per episode ending (the unit of the ending base rates).</summary>
    public static IReadOnlyList<UcdpDyadYear> Endings(IEnumerable<UcdpDyadYear> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return rows.Where(r => r.DyadTerm == 1).ToArray();
    }

    /// <summary>Groups dyad-years into episodes by (dyad id, episode number).</summary>
    public static IReadOnlyList<UcdpDyadEpisode> Episodes(IEnumerable<UcdpDyadYear> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return rows.GroupBy(r => (r.DyadId, r.DyadEpisode)).Select(g =>
        {
            var list = g.OrderBy(r => r.Year).ToList();
            var last = list[^1];
            var ending = list.LastOrDefault(r => r.DyadTerm == 1);
            return new UcdpDyadEpisode(g.Key.DyadId, g.Key.DyadEpisode, last.ConflictId, last.Location, last.SideA, last.SideB,
                list[0].Year, last.Year, list.Count, ending is not null, ending?.Outcome, last.TypeOfConflict);
        }).OrderBy(e => e.DyadId).ThenBy(e => e.Episode).ToArray();
    }

    // A date column holds m/d/yy; the stored copy also has a few annotated lists of ISO dates
    // ("1995-12-23 (unilateral); 1996-12-04 (bilateral)": the first is used) and a lone "0" (read as missing).
    private static DateOnly? Date(CsvFile csv, CsvColumn column, MissingValues missing, int year, DataNotes notes)
    {
        var raw = csv.Raw(column).Trim();
        if (missing.IsMissing(raw))
        {
            return null;
        }
        if (ShortDate.TryParse(raw, year, out var date))
        {
            return date;
        }
        if (raw.SequenceEqual("0"))
        {
            notes.Add(csv.Line, $"{column.Name} '0' read as missing");
            return null;
        }
        var match = IsoDate().Match(raw.ToString());
        if (match.Success && ShortDate.TryParse(match.Value, year, out date))
        {
            notes.Add(csv.Line, $"{column.Name} lists several dates; the first, {match.Value}, is used");
            return date;
        }
        throw csv.Error(column, $"'{raw}' is not a date (expected month/day/year)");
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\d{4}-\d{2}-\d{2}")]
    private static partial System.Text.RegularExpressions.Regex IsoDate();
}
