using System.Text.Json;
using Parley.Cli.Tests.TestSupport;

namespace Parley.Cli.Tests.Data;

/// <summary>The <c>parley data</c> commands, run as a user would, against ../shared/datasets.</summary>
public sealed class DataCommandTests
{
    private static string DataDir => TestFiles.Shared("datasets");

    private static JsonElement Json(params string[] args)
    {
        var result = ParleyCli.Run([.. args, "--format", "json", "--data", DataDir]);
        Assert.True(result.ExitCode == 0, result.Stderr);
        return JsonDocument.Parse(result.Stdout).RootElement.Clone();
    }

    private static string[] CsvLines(params string[] args)
    {
        var result = ParleyCli.Run([.. args, "--format", "csv", "--data", DataDir]);
        Assert.True(result.ExitCode == 0, result.Stderr);
        return result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    // Parses the CSV output with Parley's RFC 4180 reader (names may hold commas and line breaks).
    private static List<string[]> CsvRecords(params string[] args)
    {
        var result = ParleyCli.Run([.. args, "--format", "csv", "--data", DataDir]);
        Assert.True(result.ExitCode == 0, result.Stderr);
        using var reader = new Parley.Data.Csv.CsvReader(new StringReader(result.Stdout), "stdout");
        var records = new List<string[]>();
        while (reader.Read())
        {
            records.Add(Enumerable.Range(0, reader.FieldCount).Select(reader.GetString).ToArray());
        }
        return records;
    }

    private static string Text(params string[] args)
    {
        var result = ParleyCli.Run([.. args, "--data", DataDir]);
        Assert.True(result.ExitCode == 0, result.Stderr);
        return result.Stdout;
    }

    [Fact]
    public void Sources_lists_each_dataset_with_producer_citation_version_and_url()
    {
        var json = Json("data", "sources");
        var datasets = json.GetProperty("datasets").EnumerateArray().ToList();
        Assert.Equal(["cow-inter", "cow-intra", "ucdp-term", "ucdp-pa", "eth-prio", "pa-x"], datasets.Select(d => d.GetProperty("id").GetString()));
        foreach (var d in datasets)
        {
            foreach (var key in new[] { "producer", "citation", "version", "downloadUrl" })
            {
                Assert.False(string.IsNullOrWhiteSpace(d.GetProperty(key).GetString()), key);
            }
            Assert.True(d.GetProperty("present").GetBoolean());
        }
        var csv = CsvLines("data", "sources");
        Assert.StartsWith("id,title,producer,citation,version,downloadUrl", csv[0], StringComparison.Ordinal);
        Assert.Equal(7, csv.Length);
        Assert.Contains("https://ucdp.uu.se/downloads/", Text("data", "sources"), StringComparison.Ordinal);
    }

    [Fact]
    public void Summary_reports_the_readme_counts()
    {
        var datasets = Json("data", "summary").GetProperty("datasets").EnumerateArray().ToDictionary(d => d.GetProperty("id").GetString()!);
        Assert.Equal(95, datasets["cow-inter"].GetProperty("units").GetInt32());
        Assert.Equal(337, datasets["cow-inter"].GetProperty("rows").GetInt32());
        Assert.Equal(852, datasets["ucdp-term"].GetProperty("units").GetInt32());
        Assert.Equal(1868, datasets["pa-x"].GetProperty("units").GetInt32());
        var items = datasets["pa-x"].GetProperty("items").EnumerateArray().ToDictionary(i => i.GetProperty("name").GetString()!, i => i.GetProperty("value").GetDouble());
        Assert.Equal(388, items["ceasefire stage (Cea)"]);
        var csv = CsvLines("data", "summary");
        Assert.Equal("dataset,item,value,verified", csv[0]);
        Assert.Contains("ucdp-term,ending: peace agreement,106,true", csv);
        Assert.Contains("Correlates of War", Text("data", "summary"), StringComparison.Ordinal);
    }

    [Fact]
    public void Endings_gives_base_rates_by_type_and_era()
    {
        var tables = Json("data", "endings").GetProperty("tables").EnumerateArray().ToList();
        // Three datasets x three default splits (all, type, era).
        Assert.Equal(9, tables.Count);
        var ucdpAll = tables.Single(t => t.GetProperty("datasetId").GetString() == "ucdp-term" && t.GetProperty("groupBy").GetString() == "all");
        var group = ucdpAll.GetProperty("groups")[0];
        Assert.Equal(852, group.GetProperty("total").GetInt32());
        var first = group.GetProperty("categories")[0];
        Assert.Equal("peace agreement", first.GetProperty("label").GetString());
        Assert.Equal(106, first.GetProperty("count").GetInt32());
        Assert.Equal(106.0 / 852, first.GetProperty("share").GetDouble(), 12);
        Assert.True(first.GetProperty("lower").GetDouble() < first.GetProperty("share").GetDouble());
        var csv = CsvLines("data", "endings", "--dataset", "cow-inter", "--by", "all");
        Assert.Equal("dataset,unit,groupBy,group,total,category,label,verified,count,share,lower,upper", csv[0]);
        Assert.Equal(5, csv.Length);
        Assert.StartsWith("cow-inter,wars,all,all,95,WinnerLoser,winner/loser,true,77,", csv[1], StringComparison.Ordinal);
        var text = Text("data", "endings", "--dataset", "ucdp-term", "--by", "type+era");
        Assert.Contains("(unverified)", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Durations_gives_quantiles()
    {
        var csv = CsvLines("data", "durations");
        Assert.Equal("dataset,unit,group,count,excluded,mean,min,p10,p25,median,p75,p90,max", csv[0]);
        Assert.StartsWith("cow-inter,days,all,95,0,", csv[1], StringComparison.Ordinal);
        var json = Json("data", "durations").GetProperty("durations")[0];
        Assert.Equal(95, json.GetProperty("distribution").GetProperty("count").GetInt32());
    }

    [Fact]
    public void Ceasefires_split_by_written_and_mediator_nego()
    {
        var report = Json("data", "ceasefires", "--by", "written,mediator_nego").GetProperty("report");
        Assert.Equal("all", report.GetProperty("filter").GetString());
        Assert.Equal("breakdown", report.GetProperty("event").GetString());
        Assert.Equal(2203, report.GetProperty("selected").GetInt32());
        Assert.True(report.GetProperty("unverified").GetBoolean());
        var overall = report.GetProperty("overall");
        Assert.Equal([30, 90, 365], overall.GetProperty("holding").EnumerateArray().Select(h => h.GetProperty("days").GetInt32()));
        var hazard = overall.GetProperty("hazardPerDay");
        Assert.True(hazard.GetProperty("lower").GetDouble() < hazard.GetProperty("estimate").GetDouble());
        var splits = report.GetProperty("splits").EnumerateArray().ToList();
        Assert.Equal(["written", "mediator_nego"], splits.Select(s => s.GetProperty("feature").GetString()));
        foreach (var split in splits)
        {
            var test = split.GetProperty("test");
            Assert.Equal(split.GetProperty("groups").GetArrayLength() - 1, test.GetProperty("degreesOfFreedom").GetInt32());
            Assert.InRange(test.GetProperty("pValue").GetDouble(), 0, 1);
        }
        var csv = CsvLines("data", "ceasefires", "--by", "written,mediator_nego", "--filter", "p_humanitarian=0");
        Assert.StartsWith("filter,event,split,group,label,verified,count,events,censored,exposureDays,medianDays,holding30,holding30Lower,holding30Upper,atRisk30,", csv[0], StringComparison.Ordinal);
        Assert.EndsWith("hazardPerDay,hazardLower,hazardUpper,logRankChiSquare,logRankDf,logRankP", csv[0], StringComparison.Ordinal);
        Assert.StartsWith("p_humanitarian=0,breakdown,all,all,", csv[1], StringComparison.Ordinal);
        Assert.Contains("share still holding", Text("data", "ceasefires", "--by", "written"), StringComparison.Ordinal);
    }

    [Fact]
    public void Ceasefire_curves_as_csv_and_json()
    {
        var csv = CsvLines("data", "ceasefires", "--filter", "location=Israel", "--curve");
        Assert.Equal("split,group,label,verified,time,atRisk,events,censored,survival,standardError,lower,upper", csv[0]);
        Assert.True(csv.Length > 10);
        var curves = Json("data", "ceasefires", "--filter", "location=Israel", "--curve", "--by", "written").GetProperty("curves").EnumerateArray().ToList();
        Assert.Equal("all", curves[0].GetProperty("split").GetString());
        var steps = curves[0].GetProperty("steps").EnumerateArray().ToList();
        var survival = steps.Select(s => s.GetProperty("survival").GetDouble()).ToList();
        Assert.Equal(survival.OrderByDescending(s => s), survival);
    }

    [Fact]
    public void Agreements_reports_provisions_stages_and_the_israel_palestine_list()
    {
        var json = Json("data", "agreements");
        var ucdp = json.GetProperty("ucdpProvisions")[0];
        Assert.Equal(374, ucdp.GetProperty("total").GetInt32());
        var pris = ucdp.GetProperty("provisions").EnumerateArray().Single(p => p.GetProperty("column").GetString() == "pris");
        Assert.Equal(100, pris.GetProperty("count").GetInt32());
        Assert.False(pris.GetProperty("verified").GetBoolean());
        Assert.Equal(1868, json.GetProperty("paxStages").GetProperty("groups")[0].GetProperty("total").GetInt32());
        Assert.Equal(45, json.GetProperty("israelPalestine").GetArrayLength());
        var list = CsvRecords("data", "agreements", "--israel-palestine");
        Assert.Equal(["id", "date", "name", "country", "stage", "stageLabel", "agreementType", "status", "ceasefireGrade", "provisions"], list[0]);
        Assert.Equal(46, list.Count);
        Assert.All(list, r => Assert.Equal(10, r.Length));
        var shares = CsvLines("data", "agreements");
        Assert.Equal("dataset,group,column,label,verified,count,total,share,lower,upper", shares[0]);
        Assert.Contains("Israel/Palestine agreements", Text("data", "agreements"), StringComparison.Ordinal);
    }

    [Fact]
    public void Hazard_states_the_estimate_and_simulates()
    {
        var json = Json("data", "hazard", "--spec", "from-data {dataset: eth-prio, filter: written=1,mediator_nego=1}", "--simulate", "2000", "--seed", "4");
        Assert.Equal("written=1,mediator_nego=1", json.GetProperty("filter").GetString());
        var rate = json.GetProperty("hazardPerDay");
        Assert.True(rate.GetProperty("lower").GetDouble() <= rate.GetProperty("estimate").GetDouble());
        Assert.Contains("CI", json.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Equal(2000, json.GetProperty("simulation").GetProperty("runs").GetInt32());
        var again = Json("data", "hazard", "--spec", "from-data {dataset: eth-prio, filter: written=1,mediator_nego=1}", "--simulate", "2000", "--seed", "4");
        Assert.Equal(json.GetProperty("simulation").GetRawText(), again.GetProperty("simulation").GetRawText());
    }

    [Fact]
    public void A_missing_data_directory_is_one_line()
    {
        var result = ParleyCli.Run("data", "summary", "--data", Path.Combine(Path.GetTempPath(), "no-such-parley-dir"));
        ErrorAssert.OneLine(result, "--data", "does not exist");
    }

    [Fact]
    public void A_missing_dataset_file_says_where_to_get_it()
    {
        var empty = Path.Combine(Path.GetTempPath(), "parley-empty-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(empty);
        try
        {
            var result = ParleyCli.Run("data", "ceasefires", "--data", empty);
            ErrorAssert.OneLine(result, "ceasefires_dataset.csv", "https://www.prio.org/publications/13532");
            // Sources still works without the files, and says they are absent.
            var sources = ParleyCli.Run("data", "sources", "--data", empty, "--format", "csv");
            Assert.Equal(0, sources.ExitCode);
            Assert.EndsWith(",false", sources.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries)[1], StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(empty, recursive: true);
        }
    }

    [Theory]
    [InlineData(new[] { "data", "summary", "--format", "xml" }, "--format 'xml'")]
    [InlineData(new[] { "data", "ceasefires", "--by", "colour" }, "unknown ceasefire feature 'colour'")]
    [InlineData(new[] { "data", "ceasefires", "--filter", "written" }, "has no operator")]
    [InlineData(new[] { "data", "ceasefires", "--event", "collapse" }, "--event 'collapse'")]
    [InlineData(new[] { "data", "ceasefires", "--days", "thirty" }, "--days 'thirty'")]
    [InlineData(new[] { "data", "endings", "--dataset", "pa-x" }, "--dataset 'pa-x'")]
    [InlineData(new[] { "data", "endings", "--by", "decade" }, "--by 'decade'")]
    [InlineData(new[] { "data", "hazard", "--spec", "from-data {dataset: ucdp-pa}" }, "no ceasefire durations")]
    [InlineData(new[] { "data", "summary", "--confidence", "2" }, "--confidence 2")]
    public void Usage_errors_are_one_line(string[] args, string expected)
    {
        var result = ParleyCli.Run([.. args, "--data", DataDir]);
        ErrorAssert.OneLine(result, expected);
    }
}
