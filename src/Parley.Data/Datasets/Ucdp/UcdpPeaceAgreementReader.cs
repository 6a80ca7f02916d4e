using System.Globalization;
using Parley.Data.Csv;

namespace Parley.Data.Datasets.Ucdp;

/// <summary>
/// Reads the UCDP Peace Agreement dataset (v22.1). Its text columns hold multi-line quoted fields
/// and two header names carry a trailing space ("ref ", "return "); header names are trimmed.
/// </summary>
public static class UcdpPeaceAgreementReader
{
    private static readonly int[] Types = [1, 2, 3];
    private static readonly int[] Flags = [0, 1];

    /// <summary>Reads every agreement from the file in <paramref name="dataDirectory"/>.</summary>
    public static DatasetRows<UcdpPeaceAgreement> Read(string dataDirectory)
    {
        using var csv = DatasetFile.Open(DatasetCatalog.UcdpPeaceAgreements, dataDirectory);
        return Read(csv);
    }

    /// <summary>Reads every agreement from an open file.</summary>
    public static DatasetRows<UcdpPeaceAgreement> Read(CsvFile csv)
    {
        ArgumentNullException.ThrowIfNull(csv);
        var missing = UcdpCodes.Missing;
        var paid = csv.Column("paid");
        var conflictId = csv.Column("conflict_id");
        var conflictName = csv.Column("conflict_name");
        var name = csv.Column("pa_name");
        var year = csv.Column("year");
        var date = csv.Column("pa_date");
        var type = csv.Column("pa_type");
        var ended = csv.Column("ended");
        var duration = csv.Column("duration");
        var process = csv.Column("procID");
        var provisions = UcdpProvisions.Columns.Codes.Select(c => csv.Column(c.Code)).ToArray();
        var rows = new List<UcdpPeaceAgreement>(400);
        while (csv.Read())
        {
            var y = csv.GetRequiredInt32(year, missing);
            var has = new HashSet<string>(StringComparer.Ordinal);
            foreach (var column in provisions)
            {
                if (csv.GetCode(column, missing, Flags) == 1)
                {
                    has.Add(column.Name);
                }
            }
            rows.Add(new UcdpPeaceAgreement(
                csv.GetRequiredInt32(paid, missing),
                FirstId(csv, conflictId),
                csv.GetString(conflictName, missing) ?? "",
                csv.GetString(name, missing) ?? throw csv.Error(name, "the agreement name is required"),
                y,
                IsoDate(csv, date, missing, y) ?? throw csv.Error(date, "the agreement date is required"),
                csv.GetCode(type, missing, Types) ?? throw csv.Error(type, "a value is required"),
                Flag(csv, ended, missing),
                IsoDate(csv, duration, missing, y),
                csv.GetInt32(process, missing),
                has,
                csv.Line));
        }
        return new DatasetRows<UcdpPeaceAgreement>(rows, []);
    }

    private static int? FirstId(CsvFile csv, CsvColumn column)
    {
        var raw = csv.Raw(column).Trim();
        var comma = raw.IndexOf(',');
        var first = (comma < 0 ? raw : raw[..comma]).Trim();
        if (first.IsEmpty)
        {
            return null;
        }
        return int.TryParse(first, NumberStyles.Integer, CultureInfo.InvariantCulture, out var id)
            ? id
            : throw csv.Error(column, $"'{raw}' is not an id or a comma-separated list of ids");
    }

    private static bool? Flag(CsvFile csv, CsvColumn column, MissingValues missing)
    {
        var raw = csv.Raw(column);
        if (missing.IsMissing(raw))
        {
            return null;
        }
        var text = raw.Trim();
        if (text.Equals("True", StringComparison.OrdinalIgnoreCase) || text.SequenceEqual("1"))
        {
            return true;
        }
        if (text.Equals("False", StringComparison.OrdinalIgnoreCase) || text.SequenceEqual("0"))
        {
            return false;
        }
        throw csv.Error(column, $"unexpected value '{text}' (expected True, False or blank)");
    }

    private static DateOnly? IsoDate(CsvFile csv, CsvColumn column, MissingValues missing, int year)
    {
        var raw = csv.Raw(column);
        if (missing.IsMissing(raw))
        {
            return null;
        }
        return ShortDate.TryParse(raw, year, out var value)
            ? value
            : throw csv.Error(column, $"'{raw.Trim()}' is not a date (expected yyyy-mm-dd)");
    }
}
