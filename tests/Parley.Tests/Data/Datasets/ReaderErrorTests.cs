using System.Text;
using Parley.Data.Datasets;
using Parley.Data.Datasets.Cow;
using Parley.Data.Datasets.EthPrio;
using Parley.Data.Datasets.Pax;
using Parley.Data.Datasets.Ucdp;
using Parley.Formats;
using Parley.Domain;
using Parley.Domain.Endings;

namespace Parley.Tests.Data.Datasets;

/// <summary>Bad or missing files get one-line errors naming the file, the line and the column.</summary>
public sealed class ReaderErrorTests : IDisposable
{
    private const string CowHeader = "\"WarNum\",\"WarName\",\"WarType\",\"ccode\",\"StateName\",\"Side\",\"StartMonth1\",\"StartDay1\",\"StartYear1\",\"EndMonth1\",\"EndDay1\",\"EndYear1\",\"StartMonth2\",\"StartDay2\",\"StartYear2\",\"EndMonth2\",\"EndDay2\",\"EndYear2\",\"TransFrom\",\"WhereFought\",\"Initiator\",\"Outcome\",\"TransTo\",\"BatDeath\",\"Version\"";
    private const string CowRow = "1,\"Franco-Spanish War\",1,230,\"Spain\",2,4,7,1823,11,13,1823,-8,-8,-8,-8,-8,-8,503,2,2,{0},-8,600,4";

    private readonly string _dir = Path.Combine(Path.GetTempPath(), "parley-data-err-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_dir))
        {
            Directory.Delete(_dir, recursive: true);
        }
    }

    private string Write(DatasetInfo info, string text, Encoding? encoding = null)
    {
        var path = info.PathIn(_dir);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, encoding ?? new UTF8Encoding(false));
        return path;
    }

    [Fact]
    public void A_missing_file_says_where_to_download_it()
    {
        Directory.CreateDirectory(_dir);
        var ex = Assert.Throws<InputException>(() => EthPrioReader.Read(_dir));
        Assert.Equal(DatasetCatalog.EthPrioCeasefires.PathIn(_dir), ex.File);
        Assert.Contains(DatasetCatalog.EthPrioCeasefires.DownloadUrl, ex.Message, StringComparison.Ordinal);
        Assert.EndsWith("under the data directory", ex.Message, StringComparison.Ordinal);
        // The library names the folder as a setting; a host spells it its own way.
        Assert.EndsWith("under the data directory (--data DIR)", ex.MessageNaming(setting => setting + " (--data DIR)"), StringComparison.Ordinal);
        Assert.DoesNotContain('\n', ex.Message);
    }

    [Fact]
    public void An_unexpected_outcome_code_names_file_line_and_column()
    {
        var path = Write(DatasetCatalog.CowInterState, CowHeader + "\n" + string.Format(System.Globalization.CultureInfo.InvariantCulture, CowRow, 2) + "\n"
                                                       + string.Format(System.Globalization.CultureInfo.InvariantCulture, CowRow, 9) + "\n");
        var ex = Assert.Throws<InputException>(() => CowInterStateReader.Read(_dir));
        Assert.Equal(path, ex.File);
        Assert.Equal(3, ex.Line);
        Assert.Equal(22, ex.Column); // Outcome is the 22nd column
        Assert.Contains("column 'Outcome': unexpected code 9", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_column_names_file_and_column()
    {
        var path = Write(DatasetCatalog.CowInterState, CowHeader.Replace("\"Outcome\"", "\"Result\"", StringComparison.Ordinal) + "\n"
                                                       + string.Format(System.Globalization.CultureInfo.InvariantCulture, CowRow, 1) + "\n");
        var ex = Assert.Throws<InputException>(() => CowInterStateReader.Read(_dir));
        Assert.Equal(path, ex.File);
        Assert.Contains("missing column 'Outcome'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_good_synthetic_cow_file_reads()
    {
        Write(DatasetCatalog.CowInterState, CowHeader + "\n" + string.Format(System.Globalization.CultureInfo.InvariantCulture, CowRow, 2) + "\n", Encoding.Latin1);
        var rows = CowInterStateReader.Read(_dir).Rows;
        var row = Assert.Single(rows);
        Assert.Equal(2, row.Outcome);
        Assert.Null(row.Start2);
        Assert.Equal(new DateOnly(1823, 4, 7), row.Start1.Midpoint);
        Assert.Equal(600, row.BattleDeaths);
    }

    [Fact]
    public void A_bad_ucdp_date_names_the_column()
    {
        Write(DatasetCatalog.UcdpTermination,
            "dyad_id,dyadepisode,conflict_id,year,location,side_a,side_b,dyadterm,outcome,ependdate,cfiredate,peagdate,recur,incompatibility,intensity_level,type_of_conflict\n"
            + "1,1,1,1990,X,A,B,1,1,13/45/90,,,0,1,1,3\n");
        var ex = Assert.Throws<InputException>(() => UcdpTerminationReader.Read(_dir));
        Assert.Equal(2, ex.Line);
        Assert.Contains("column 'ependdate'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_pax_stage_is_an_error()
    {
        var header = "Con,Contp,PP,PPName,Reg,AgtId,Ver,Agt,Dat,Status,Lgt,N_characters,Agtp,Stage,StageSub,Part,ThrdPart,OthAgr,Ce,CeProv,CeGen,HrDet,Terr,SsrPol,SsrArm,SsrDdr,DevHum,ImUN,ImOth,ImPK,ImE";
        var row = "X,Government,1,P,R,1,1,Agreement,2001-01-01,Multiparty signed/agreed,1,100,Intra,Final,,\"A, B\",,,0,0,0,0,0,0,0,0,0,0,0,0,0";
        Write(DatasetCatalog.PaxAgreements, header + "\n" + row + "\n");
        var ex = Assert.Throws<InputException>(() => PaxReader.Read(_dir));
        Assert.Contains("column 'Stage': unexpected code 'Final'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Cow_fields_run_together_are_repaired_and_noted()
    {
        // EndDay1 "-91866" with EndYear1 blank, as in the stored intra-state copy (WarNum 585).
        var header = "WarNum,WarName,WarType,CcodeA,SideA,CcodeB,SideB,Intnl,StartMonth1,StartDay1,StartYear1,EndMonth1,EndDay1,EndYear1,StartMonth2,StartDay2,StartYear2,EndMonth2,EndDay2,EndYear2,TransFrom,WhereFought,Initiator,Outcome,TransTo,SideADeaths,SideBDeaths,Version";
        var row = "585,Yellow Cliff,5,710,China,-8,Z,0,10,-9,1866,10,-91866,,-8,-8,-8,-8,-8,-8,-8,7,Z,1,-8,\"2,100\",-9,4.1";
        Write(DatasetCatalog.CowIntraState, header + "\n" + row + "\n");
        var data = CowIntraStateReader.Read(_dir);
        var war = Assert.Single(CowIntraStateReader.Wars(data.Rows));
        Assert.Equal(1866, war.End!.Value.Year);
        Assert.Equal(10, war.End!.Value.Month);
        Assert.Null(war.End!.Value.Day);
        Assert.Equal(2100, data.Rows[0].SideADeaths);
        var note = Assert.Single(data.Notes);
        Assert.Equal(2, note.Line);
    }
}
