using System.Globalization;
using Parley.Data.Csv;

namespace Parley.Data.Datasets.EthPrio;

/// <summary>
/// Reads the ETH/PRIO Civil Conflict Ceasefire file (UTF-8 with a byte-order mark, one row per
/// actor and ceasefire). Every coded column is checked against the codes seen in the stored copy;
/// another code is an error naming file, line and column.
/// </summary>
public static class EthPrioReader
{
    private static readonly int[] Sides = [1, 2, 3];
    private static readonly int[] Binary = [0, 1];
    private static readonly int[] Unclear01 = [-1, 0, 1];
    private static readonly int[] WrittenCodes = [-1, 0, 1, 2];
    private static readonly int[] Classes = [1, 2, 3];
    private static readonly int[] Timings = [-1, 0, 1, 2, 3];
    private static readonly int[] Enforcements = [-1, 0, 1, 2, 3];
    private static readonly int[] EndedCodes = [-1, 0, 1, 2, 3, 4];
    private static readonly int[] Regions = [1, 2, 3, 4, 5];

    /// <summary>Reads every row from the file in <paramref name="dataDirectory"/>.</summary>
    public static DatasetRows<EthPrioRow> Read(string dataDirectory)
    {
        using var csv = DatasetFile.Open(DatasetCatalog.EthPrioCeasefires, dataDirectory);
        return Read(csv);
    }

    /// <summary>Reads every row from an open file.</summary>
    public static DatasetRows<EthPrioRow> Read(CsvFile csv)
    {
        ArgumentNullException.ThrowIfNull(csv);
        var blank = MissingValues.BlankOnly;
        var notes = new DataNotes(DatasetCatalog.EthPrioCeasefires.Id);
        var ids = EthPrioCodes.IdMissing;
        var dates = EthPrioCodes.DateMissing;
        var noMediator = new MissingValues("0", "-1");
        var cc = csv.Column("cc");
        var cfId = csv.Column("cf_id");
        var uniqId = csv.Column("uniq_id");
        var location = csv.Column("location");
        var region = csv.Column("region");
        var actor = csv.Column("actor_name");
        var acd = csv.Column("ucdp_acd_id");
        var dyad = csv.Column("ucdp_dyad");
        var pax = csv.Column("pax_id");
        var declared = DateFields.Find(csv, "cf_dec_yr", "cf_dec_month", "cf_dec_day");
        var effective = DateFields.Find(csv, "cf_effect_yr", "cf_effect_month", "cf_effect_day");
        var side = csv.Column("side");
        var partial = csv.Column("partial");
        var written = csv.Column("written");
        var fixedCol = csv.Column("fixed");
        var fixedTime = csv.Column("fixed_time");
        var humanitarian = csv.Column("p_humanitarian");
        var peaceProcess = csv.Column("p_peaceprocess");
        var holiday = csv.Column("p_holiday");
        var election = csv.Column("p_election");
        var cfClass = csv.Column("ceasefire_class");
        var timing = csv.Column("timing");
        var mediatorNego = csv.Column("mediator_nego");
        var mediatorSend = csv.Column("mediator_send");
        var implement = csv.Column("implement");
        var enforcement = csv.Column("enforcement");
        var ddr = csv.Column("ddr");
        var ended = csv.Column("ended");
        var end = DateFields.Find(csv, "end_yr", "end_month", "end_day");
        var truce = csv.Column("truce");
        var rows = new List<EthPrioRow>(4200);
        while (csv.Read())
        {
            int Code(CsvColumn column, ReadOnlySpan<int> allowed) =>
                csv.GetCode(column, blank, allowed) ?? throw csv.Error(column, "a code is required, found a blank");
            var country = csv.GetRequiredInt32(cc, blank);
            var id = csv.GetRequiredInt32(cfId, blank);
            var unique = csv.GetRequiredInt32(uniqId, blank);
            if (unique != (country * 1000) + id)
            {
                throw csv.Error(uniqId, $"uniq_id {unique} is not cc x 1000 + cf_id ({(country * 1000) + id})");
            }
            rows.Add(new EthPrioRow(
                country,
                id,
                unique,
                csv.GetString(location, blank) ?? throw csv.Error(location, "the location is required"),
                Code(region, Regions),
                csv.GetString(actor, blank) ?? "",
                csv.GetInt32(acd, ids),
                csv.GetInt32(dyad, ids),
                csv.GetInt32(pax, ids),
                declared.Read(csv, dates, notes),
                effective.Read(csv, dates, notes),
                Code(side, Sides),
                Code(partial, Binary),
                Code(written, WrittenCodes),
                Code(fixedCol, Unclear01),
                FixedDays(csv.Raw(fixedTime)),
                Code(humanitarian, Binary),
                Code(peaceProcess, Binary),
                Code(holiday, Binary),
                Code(election, Binary),
                Code(cfClass, Classes),
                Code(timing, Timings),
                Code(mediatorNego, Unclear01),
                csv.GetString(mediatorSend, noMediator),
                Code(implement, Unclear01),
                Code(enforcement, Enforcements),
                Code(ddr, Unclear01),
                Code(ended, EndedCodes),
                end.Read(csv, dates, notes),
                Code(truce, Binary),
                csv.Line));
        }
        return new DatasetRows<EthPrioRow>(rows, notes.Items);
    }

    // fixed_time holds days as a number, 0 or -1 when there is none, and sometimes free text.
    private static int? FixedDays(ReadOnlySpan<char> raw) =>
        int.TryParse(raw.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var days) && days > 0 ? days : null;
}
