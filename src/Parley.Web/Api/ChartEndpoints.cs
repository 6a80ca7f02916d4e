using Parley.Reports.Charts;
using Parley.Web.Runs;
using Parley.Web.Scenarios;

namespace Parley.Web.Api;

/// <summary>
/// The report's charts as images (the PNG bytes <c>Parley.Reports</c> draws), so that a page loads its
/// text at once and its charts beside it: a scenario's overview charts and a finished run's charts.
/// </summary>
public static class ChartEndpoints
{
    /// <summary>The address of an overview chart of a scenario.</summary>
    public static string ScenarioChart(string scenario, RenderedChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        return $"/charts/scenarios/{Uri.EscapeDataString(scenario)}/{Uri.EscapeDataString(chart.Id)}.png";
    }

    /// <summary>The address of a chart of a finished run.</summary>
    public static string RunChart(string run, RenderedChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        return $"/charts/runs/{Uri.EscapeDataString(run)}/{Uri.EscapeDataString(chart.Id)}.png";
    }

    /// <summary>Maps the chart addresses.</summary>
    public static void Map(IEndpointRouteBuilder app)
    {
        var charts = app.MapGroup("/charts").RequireRateLimiting(ApiEndpoints.RatePolicy).ExcludeFromDescription();
        charts.MapGet("/scenarios/{id}/{chart}.png", (string id, string chart, ScenarioCatalog catalog, ScenarioViews views, HttpResponse response) =>
            catalog.Find(id) is { Scenario: not null } entry ? Png(views.Overview(entry).Charts.All, chart, response) : ApiEndpoints.NotFound($"no scenario '{id}'"));
        charts.MapGet("/runs/{id}/{chart}.png", (string id, string chart, RunQueue queue, HttpResponse response) =>
            queue.Find(id)?.Charts is { } drawn ? Png(drawn.All, chart, response) : ApiEndpoints.NotFound($"no finished run '{id}'"));
    }

    private static IResult Png(IEnumerable<RenderedChart> charts, string id, HttpResponse response)
    {
        if (charts.FirstOrDefault(c => c.Id == id) is not { } chart)
        {
            return ApiEndpoints.NotFound($"no chart '{id}'");
        }
        response.Headers.CacheControl = "private, max-age=3600";
        return Results.File(chart.Png, "image/png");
    }
}
