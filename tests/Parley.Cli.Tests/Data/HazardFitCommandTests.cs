using System.Text.Json;
using Parley.Cli.Tests.TestSupport;

namespace Parley.Cli.Tests.Data;

/// <summary><c>parley data hazard</c>'s fitted curves, exclusions, clause effects and held-out check.</summary>
public sealed class HazardFitCommandTests
{
    private static string DataDir => TestFiles.Shared("datasets");

    private static JsonElement Json(params string[] args)
    {
        var result = ParleyCli.Run([.. args, "--format", "json", "--data", DataDir]);
        Assert.True(result.ExitCode == 0, result.Stderr);
        return JsonDocument.Parse(result.Stdout).RootElement.Clone();
    }

    [Fact]
    public void Hold_out_fits_without_the_subset_and_keeps_the_old_fields()
    {
        var json = Json("data", "hazard", "--hold-out", "location=Israel", "--clauses");
        // Existing fields stay.
        foreach (var name in new[] { "filter", "hazardPerDay", "pieces", "impliedMedianDays", "kaplanMeierMedianDays", "holding", "description" })
        {
            Assert.True(json.TryGetProperty(name, out _), name);
        }
        var holding = json.GetProperty("holding")[0];
        Assert.True(holding.TryGetProperty("kaplanMeier", out _) && holding.TryGetProperty("constantHazard", out _));
        Assert.True(holding.GetProperty("weibull").GetProperty("estimate").GetDouble() is > 0 and < 1);
        var shape = json.GetProperty("weibull").GetProperty("shape");
        Assert.True(shape.GetProperty("upper").GetDouble() < 1);
        var held = json.GetProperty("heldOut");
        Assert.Equal("all excluding location=Israel", held.GetProperty("fittedOn").GetString());
        Assert.Equal(json.GetProperty("ceasefires").GetInt32() - held.GetProperty("heldOutCeasefires").GetInt32(), held.GetProperty("fittedCeasefires").GetInt32());
        Assert.Equal(0.672, held.GetProperty("points")[0].GetProperty("kaplanMeier").GetProperty("survival").GetDouble(), 3);
        var effects = json.GetProperty("clauseEffects").GetProperty("effects");
        Assert.Equal(7, effects.GetArrayLength());
        Assert.All(effects.EnumerateArray(), e => Assert.False(e.GetProperty("verified").GetBoolean()));
    }

    [Fact]
    public void Exclude_leaves_the_subset_out_of_every_estimate()
    {
        var all = Json("data", "hazard");
        var without = Json("data", "hazard", "--exclude", "location=Israel");
        Assert.Equal("all excluding location=Israel", without.GetProperty("filter").GetString());
        Assert.True(without.GetProperty("ceasefires").GetInt32() < all.GetProperty("ceasefires").GetInt32());
        Assert.Equal("location=Israel", without.GetProperty("exclude")[0].GetString());
        Assert.Null(all.GetProperty("clauseEffects").GetString());
    }
}
