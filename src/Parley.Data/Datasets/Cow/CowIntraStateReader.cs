using System.Globalization;
using Parley.Data.Csv;

namespace Parley.Data.Datasets.Cow;

/// <summary>
/// Reads the Correlates of War intra-state war file (v4.1, latin-1). The stored copy has records
/// whose EndDay1 and EndYear1 fields are run together (EndDay1 "-91866" or "1919" with EndYear1
/// blank); the reader splits them into day and four-digit year and reports each repair as a
/// <see cref="DataNote"/>. Death counts may carry grouping commas ("2,100").
/// </summary>
public static class CowIntraStateReader
{
    private static readonly int[] Outcomes = [1, 2, 3, 4, 5, 6, 7];
    private static readonly int[] WarTypes = [4, 5, 6, 7];
    private static readonly int[] Flags = [0, 1];

    /// <summary>Reads every row from the file in <paramref name="dataDirectory"/>.</summary>
    public static DatasetRows<CowIntraStateRow> Read(string dataDirectory)
    {
        using var csv = DatasetFile.Open(DatasetCatalog.CowIntraState, dataDirectory);
        return Read(csv);
    }

    /// <summary>Reads every row from an open file.</summary>
    public static DatasetRows<CowIntraStateRow> Read(CsvFile csv)
    {
        ArgumentNullException.ThrowIfNull(csv);
        var missing = CowCodes.Missing;
        var endMissing = missing.With("-7");
        var warNum = csv.Column("WarNum");
        var warName = csv.Column("WarName");
        var warType = csv.Column("WarType");
        var ccodeA = csv.Column("CcodeA");
        var sideA = csv.Column("SideA");
        var ccodeB = csv.Column("CcodeB");
        var sideB = csv.Column("SideB");
        var intnl = csv.Column("Intnl");
        var start1 = DateFields.Find(csv, "StartYear1", "StartMonth1", "StartDay1");
        var end1 = DateFields.Find(csv, "EndYear1", "EndMonth1", "EndDay1");
        var start2 = DateFields.Find(csv, "StartYear2", "StartMonth2", "StartDay2");
        var end2 = DateFields.Find(csv, "EndYear2", "EndMonth2", "EndDay2");
        var outcome = csv.Column("Outcome");
        var deathsA = csv.Column("SideADeaths");
        var deathsB = csv.Column("SideBDeaths");
        var rows = new List<CowIntraStateRow>(450);
        var notes = new DataNotes(DatasetCatalog.CowIntraState.Id);
        while (csv.Read())
        {
            var start = start1.Read(csv, missing, notes) ?? throw csv.Error(start1.Year, "the start year is required");
            var ongoing = csv.Raw(end1.Year).Trim().SequenceEqual("-7");
            var end = ReadEnd1(csv, end1, endMissing, notes);
            rows.Add(new CowIntraStateRow(
                csv.GetRequiredInt32(warNum, missing),
                csv.GetString(warName, missing) ?? throw csv.Error(warName, "the war name is required"),
                csv.GetCode(warType, missing, WarTypes) ?? throw csv.Error(warType, "the war type is required"),
                csv.GetInt32(ccodeA, missing),
                csv.GetString(sideA, missing),
                csv.GetInt32(ccodeB, missing),
                csv.GetString(sideB, missing),
                csv.GetCode(intnl, missing, Flags) == 1,
                start,
                end,
                ongoing,
                start2.Read(csv, missing, notes),
                end2.Read(csv, endMissing, notes),
                csv.GetCode(outcome, missing, Outcomes) ?? throw csv.Error(outcome, "the outcome is required"),
                csv.GetInt32(deathsA, missing, allowThousands: true),
                csv.GetInt32(deathsB, missing, allowThousands: true),
                csv.Line));
        }
        return new DatasetRows<CowIntraStateRow>(rows, notes.Items);
    }

    /// <summary>Groups rows into wars; all rows of a war share its outcome in v4.1 (the first row's is used).</summary>
    public static IReadOnlyList<CowWar> Wars(IEnumerable<CowIntraStateRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return rows.GroupBy(r => r.WarNumber).Select(ToWar).OrderBy(w => w.WarNumber).ToArray();
    }

    private static CowWar ToWar(IGrouping<int, CowIntraStateRow> war)
    {
        var list = war.ToList();
        var ending = list[0].Outcome switch
        {
            1 => CowEnding.SideAWins,
            2 => CowEnding.SideBWins,
            3 => CowEnding.Compromise,
            4 => CowEnding.Transformed,
            5 => CowEnding.Ongoing,
            6 => CowEnding.Stalemate,
            _ => CowEnding.ContinuesBelowWarLevel,
        };
        var starts = list.Select(r => r.Start1).Concat(list.Where(r => r.Start2 is not null).Select(r => r.Start2!.Value));
        var ends = list.Select(r => r.End1).Concat(list.Where(r => r.Start2 is not null).Select(r => r.End2)).ToList();
        PartialDate? end = ending == CowEnding.Ongoing || list.Any(r => r.Ongoing) || ends.Any(e => e is null)
            ? null
            : ends.Select(e => e!.Value).MaxBy(e => e.Midpoint);
        var known = list.SelectMany(r => new[] { r.SideADeaths, r.SideBDeaths }).Where(d => d is not null)
            .Select(d => (long)d!.Value).ToList();
        return new CowWar("cow-intra", war.Key, list[0].WarName, list[0].WarType, starts.MinBy(s => s.Midpoint),
            end, ending, list.Count, known.Count == 0 ? null : known.Sum());
    }

    private static PartialDate? ReadEnd1(CsvFile csv, DateFields end1, MissingValues missing, DataNotes notes)
    {
        var yearRaw = csv.Raw(end1.Year).Trim();
        var dayRaw = csv.Raw(end1.Day).Trim();
        if (!yearRaw.IsEmpty || dayRaw.Length < 4)
        {
            return end1.Read(csv, missing, notes);
        }
        // EndDay1 holds the day and the year run together, EndYear1 is blank: split them.
        var yearText = dayRaw[^4..];
        var dayText = dayRaw[..^4];
        if (!int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 1816 or > 2100)
        {
            throw csv.Error(end1.Year, "the end year is blank and EndDay1 does not end in a year: fill in EndYear1");
        }
        int? day = null;
        if (!dayText.IsEmpty && !missing.IsMissing(dayText))
        {
            if (!int.TryParse(dayText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var d))
            {
                throw csv.Error(end1.Day, $"'{dayRaw}' is neither a day nor a day followed by a year");
            }
            day = d;
        }
        var month = csv.GetInt32(end1.Month, missing);
        var date = PartialDate.TryCreate(year, month, day);
        notes.Add(csv.Line,
            $"EndDay1 '{dayRaw}' with EndYear1 blank read as day {(day?.ToString(CultureInfo.InvariantCulture) ?? "unknown")}, year {year} (fields run together)");
        return date;
    }
}
