using System.Globalization;
using Parley.Data.Csv;

namespace Parley.Data.Datasets.Pax;

/// <summary>Reads the PA-X core-column extract (39 columns, multi-line quoted text fields).</summary>
public static class PaxReader
{
    private static readonly int[] Binary = [0, 1];
    private static readonly int[] Graded = [0, 1, 2, 3];

    /// <summary>Reads every agreement from the file in <paramref name="dataDirectory"/>.</summary>
    public static DatasetRows<PaxAgreement> Read(string dataDirectory)
    {
        using var csv = DatasetFile.Open(DatasetCatalog.PaxAgreements, dataDirectory);
        return Read(csv);
    }

    /// <summary>Reads every agreement from an open file.</summary>
    public static DatasetRows<PaxAgreement> Read(CsvFile csv)
    {
        ArgumentNullException.ThrowIfNull(csv);
        var missing = PaxCodes.Missing;
        var con = csv.Column("Con");
        var contp = csv.Column("Contp");
        var pp = csv.Column("PP");
        var ppName = csv.Column("PPName");
        var reg = csv.Column("Reg");
        var agtId = csv.Column("AgtId");
        var ver = csv.Column("Ver");
        var agt = csv.Column("Agt");
        var dat = csv.Column("Dat");
        var status = csv.Column("Status");
        var lgt = csv.Column("Lgt");
        var agtp = csv.Column("Agtp");
        var stage = csv.Column("Stage");
        var stageSub = csv.Column("StageSub");
        var part = csv.Column("Part");
        var thrdPart = csv.Column("ThrdPart");
        var binary = PaxCodes.BinaryProvisions.Codes.Select(c => csv.Column(c.Code)).ToArray();
        var graded = PaxCodes.GradedProvisions.Codes.Select(c => csv.Column(c.Code)).ToArray();
        var stages = PaxCodes.Stage.Codes.Select(c => c.Code).ToHashSet(StringComparer.Ordinal);
        var types = PaxCodes.AgreementType.Codes.Select(c => c.Code).ToHashSet(StringComparer.Ordinal);
        var rows = new List<PaxAgreement>(1900);
        while (csv.Read())
        {
            var has = new HashSet<string>(StringComparer.Ordinal);
            foreach (var column in binary)
            {
                if (csv.GetCode(column, missing, Binary) == 1)
                {
                    has.Add(column.Name);
                }
            }
            var grades = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var column in graded)
            {
                grades[column.Name] = csv.GetCode(column, missing, Graded) ?? throw csv.Error(column, "a value 0-3 is required");
            }
            rows.Add(new PaxAgreement(
                csv.GetRequiredInt32(agtId, missing),
                csv.GetRequiredInt32(ver, missing),
                csv.GetString(con, missing) ?? throw csv.Error(con, "the country/entity is required"),
                csv.GetString(contp, missing) ?? "",
                csv.GetRequiredInt32(pp, missing),
                csv.GetString(ppName, missing) ?? "",
                csv.GetString(reg, missing) ?? "",
                csv.GetString(agt, missing) ?? throw csv.Error(agt, "the agreement name is required"),
                Date(csv, dat),
                csv.GetString(status, missing) ?? "",
                csv.GetInt32(lgt, missing),
                OneOf(csv, agtp, types),
                OneOf(csv, stage, stages),
                csv.GetString(stageSub, missing),
                csv.GetString(part, missing) ?? "",
                csv.GetString(thrdPart, missing),
                grades["Ce"],
                has,
                grades,
                csv.Line));
        }
        return new DatasetRows<PaxAgreement>(rows, []);
    }

    private static string OneOf(CsvFile csv, CsvColumn column, HashSet<string> allowed)
    {
        var value = csv.Raw(column).Trim().ToString();
        return allowed.Contains(value)
            ? value
            : throw csv.Error(column, $"unexpected code '{value}' (expected one of {string.Join(", ", allowed)})");
    }

    private static DateOnly Date(CsvFile csv, CsvColumn column) =>
        DateOnly.TryParseExact(csv.Raw(column).Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw csv.Error(column, $"'{csv.Raw(column).Trim()}' is not a date (expected yyyy-mm-dd)");
}
