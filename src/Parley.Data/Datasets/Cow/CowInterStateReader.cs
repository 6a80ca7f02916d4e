using Parley.Data.Csv;
using Parley.Domain.Endings;

namespace Parley.Data.Datasets.Cow;

/// <summary>Reads the Correlates of War inter-state war file (v4.0, latin-1, one row per participant).</summary>
public static class CowInterStateReader
{
    private static readonly int[] Outcomes = [1, 2, 3, 4, 5, 6, 7, 8];
    private static readonly int[] Sides = [1, 2];
    private static readonly int[] Initiators = [1, 2];

    /// <summary>Reads every participation row from the file in <paramref name="dataDirectory"/>.</summary>
    public static DatasetRows<CowInterStateParticipation> Read(string dataDirectory)
    {
        using var csv = DatasetFile.Open(DatasetCatalog.CowInterState, dataDirectory);
        return Read(csv);
    }

    /// <summary>Reads every participation row from an open file.</summary>
    public static DatasetRows<CowInterStateParticipation> Read(CsvFile csv)
    {
        ArgumentNullException.ThrowIfNull(csv);
        var missing = CowCodes.Missing;
        var notes = new DataNotes(DatasetCatalog.CowInterState.Id);
        var warNum = csv.Column("WarNum");
        var warName = csv.Column("WarName");
        var warType = csv.Column("WarType");
        var ccode = csv.Column("ccode");
        var stateName = csv.Column("StateName");
        var side = csv.Column("Side");
        var start1 = DateFields.Find(csv, "StartYear1", "StartMonth1", "StartDay1");
        var end1 = DateFields.Find(csv, "EndYear1", "EndMonth1", "EndDay1");
        var start2 = DateFields.Find(csv, "StartYear2", "StartMonth2", "StartDay2");
        var end2 = DateFields.Find(csv, "EndYear2", "EndMonth2", "EndDay2");
        var initiator = csv.Column("Initiator");
        var outcome = csv.Column("Outcome");
        var deaths = csv.Column("BatDeath");
        var rows = new List<CowInterStateParticipation>(400);
        while (csv.Read())
        {
            var start = start1.Read(csv, missing, notes) ?? throw csv.Error(start1.Year, "the start year is required");
            rows.Add(new CowInterStateParticipation(
                csv.GetRequiredInt32(warNum, missing),
                csv.GetString(warName, missing) ?? throw csv.Error(warName, "the war name is required"),
                csv.GetRequiredInt32(warType, missing),
                csv.GetRequiredInt32(ccode, missing),
                csv.GetString(stateName, missing) ?? "",
                csv.GetCode(side, missing, Sides) ?? throw csv.Error(side, "the side is required"),
                start,
                end1.Read(csv, missing, notes),
                start2.Read(csv, missing, notes),
                end2.Read(csv, missing, notes),
                csv.GetCode(initiator, missing, Initiators) == 1,
                csv.GetCode(outcome, missing, Outcomes) ?? throw csv.Error(outcome, "the outcome is required"),
                csv.GetInt32(deaths, missing, allowThousands: true),
                csv.Line));
        }
        return new DatasetRows<CowInterStateParticipation>(rows, notes.Items);
    }

    /// <summary>
    /// Groups participation rows into wars. The war-level ending is winner/loser when any participant
    /// won or lost, else stalemate, else transformed, else compromise, else below war level, else ongoing.
    /// </summary>
    public static IReadOnlyList<CowWar> Wars(IEnumerable<CowInterStateParticipation> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return rows.GroupBy(r => r.WarNumber).Select(ToWar).OrderBy(w => w.WarNumber).ToArray();
    }

    private static CowWar ToWar(IGrouping<int, CowInterStateParticipation> war)
    {
        var list = war.ToList();
        var outcomes = list.Select(r => r.Outcome).ToHashSet();
        var ending = outcomes.Contains(1) || outcomes.Contains(2) ? CowEnding.WinnerLoser
            : outcomes.Contains(6) ? CowEnding.Stalemate
            : outcomes.Contains(4) ? CowEnding.Transformed
            : outcomes.Contains(3) ? CowEnding.Compromise
            : outcomes.Contains(7) ? CowEnding.ContinuesBelowWarLevel
            : CowEnding.Ongoing;
        var starts = list.Select(r => r.Start1).Concat(list.Where(r => r.Start2 is not null).Select(r => r.Start2!.Value));
        var ends = list.Select(r => r.End1).Concat(list.Where(r => r.Start2 is not null).Select(r => r.End2)).ToList();
        PartialDate? end = ending == CowEnding.Ongoing || ends.Any(e => e is null)
            ? null
            : ends.Select(e => e!.Value).MaxBy(e => e.Midpoint);
        var known = list.Where(r => r.BattleDeaths is not null).Select(r => (long)r.BattleDeaths!.Value).ToList();
        return new CowWar("cow-inter", war.Key, list[0].WarName, list[0].WarType, starts.MinBy(s => s.Midpoint),
            end, ending, list.Count, known.Count == 0 ? null : known.Sum());
    }
}
