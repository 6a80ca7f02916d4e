using System.Text.Json;
using Parley.Domain;
using Parley.Web.Runs;
using Parley.Web.Scenarios;

namespace Parley.Web.Api;

/// <summary>
/// The JSON API (no cookie, no antiforgery token): the scenarios, a hypothesis's analysis (the JSON of
/// <c>parley analyze --format json</c>), Monte Carlo jobs (the summary of <c>parley simulate --format
/// json</c>) and their report files. Unknown ids get 404 with a JSON error; bad bodies 400 naming the field.
/// </summary>
public static class ApiEndpoints
{
    /// <summary>The rate limiter policy of the API.</summary>
    public const string RatePolicy = "api";

    /// <summary>Maps the endpoints under <c>/api</c>.</summary>
    public static void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").RequireRateLimiting(RatePolicy).DisableAntiforgery();
        api.MapGet("/scenarios", (ScenarioCatalog catalog) =>
            catalog.List().Where(e => e.Scenario is not null)
                .Select(e => new ScenarioListItem(e.Id, e.Scenario!.Title, e.Scenario.HypothesisNames.ToList())).ToList())
            .WithSummary("The scenarios: the shipped ones and those of the configured folder.");
        api.MapGet("/scenarios/{id}/analysis", Analysis)
            .WithSummary("A hypothesis's bargaining analysis: the same JSON as the analyze command prints for that hypothesis.")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .Produces<ApiError>(StatusCodes.Status404NotFound);
        api.MapPost("/scenarios/{id}/runs", StartRun)
            .WithSummary("Starts a Monte Carlo of one hypothesis: {hypothesis, runs, seed}.")
            .Accepts<RunRequest>("application/json")
            .Produces<RunStarted>(StatusCodes.Status202Accepted)
            .Produces<ApiError>(StatusCodes.Status400BadRequest)
            .Produces<ApiError>(StatusCodes.Status404NotFound)
            .Produces<ApiError>(StatusCodes.Status413PayloadTooLarge)
            .Produces<ApiError>(StatusCodes.Status429TooManyRequests);
        api.MapGet("/runs/{id}", (string id, RunQueue queue) => queue.Find(id) is { } job ? Results.Ok(State(job)) : NotFound($"no run '{id}'"))
            .WithSummary("A job's status, progress and, once done, its summary (the same JSON as the simulate command prints).")
            .Produces<RunState>()
            .Produces<ApiError>(StatusCodes.Status404NotFound);
        api.MapDelete("/runs/{id}", (string id, RunQueue queue) =>
            {
                if (queue.Find(id) is not { } job)
                {
                    return NotFound($"no run '{id}'");
                }
                job.Cancel();
                return Results.Ok(State(job));
            })
            .WithSummary("Cancels a job.")
            .Produces<RunState>()
            .Produces<ApiError>(StatusCodes.Status404NotFound);
        api.MapGet("/runs/{id}/report", (string id, RunQueue queue) =>
                queue.Find(id)?.Page() is { } page ? Results.Content(page, "text/html; charset=utf-8") : NotFound($"no finished run '{id}'"))
            .WithSummary("The run's HTML report (the page parley run writes).");
        api.MapGet("/runs/{id}/files/{name}", (string id, string name, RunQueue queue) =>
                queue.Find(id)?.Tables.FirstOrDefault(t => t.FileName == name) is { } table
                    ? Results.File(System.Text.Encoding.UTF8.GetBytes(table.ToCsv()), "text/csv; charset=utf-8", table.FileName)
                    : NotFound($"no file '{name}' in run '{id}'"))
            .WithSummary("One CSV table of the run's report.");
    }

    /// <summary>The 404 answer.</summary>
    public static IResult NotFound(string message) => Results.NotFound(new ApiError(message));

    private static IResult Analysis(string id, string? hypothesis, ScenarioCatalog catalog, ScenarioViews views)
    {
        if (catalog.Find(id) is not { } entry)
        {
            return NotFound($"no scenario '{id}'");
        }
        if (entry.Scenario is null)
        {
            return Results.UnprocessableEntity(new ApiError(entry.Error ?? "the scenario does not validate"));
        }
        if (hypothesis is not null && !entry.Scenario.HypothesisNames.Contains(hypothesis))
        {
            return NotFound($"scenario '{id}' has no hypothesis '{hypothesis}': use one of {string.Join(", ", entry.Scenario.HypothesisNames)}");
        }
        return Results.Text(views.AnalysisJsonText(entry, hypothesis), "application/json; charset=utf-8");
    }

    private static async Task<IResult> StartRun(string id, HttpRequest request, ScenarioCatalog catalog, RunQueue queue, ServeSettings settings, CancellationToken cancellationToken)
    {
        var (body, error) = await RequestBody.ReadJson<RunRequest>(request, cancellationToken).ConfigureAwait(false);
        if (error is not null)
        {
            return error;
        }
        if (catalog.Find(id) is not { } entry)
        {
            return NotFound($"no scenario '{id}'");
        }
        if (entry.Scenario is not { } scenario)
        {
            return Results.UnprocessableEntity(new ApiError(entry.Error ?? "the scenario does not validate"));
        }
        var hypothesis = body!.Hypothesis ?? scenario.HypothesisNames[0];
        if (!scenario.HypothesisNames.Contains(hypothesis))
        {
            return Results.BadRequest(new ApiError($"field 'hypothesis': scenario '{id}' has no hypothesis '{hypothesis}': use one of {string.Join(", ", scenario.HypothesisNames)}"));
        }
        var runs = body.Runs ?? 1000;
        if (runs < 1 || runs > settings.MaxRuns)
        {
            return Results.BadRequest(new ApiError($"field 'runs': {runs} is out of range: give 1 to {settings.MaxRuns}"));
        }
        if (scenario.WithHypothesis(hypothesis).War is null)
        {
            return Results.BadRequest(new ApiError($"scenario '{id}' has no war: section to simulate"));
        }
        var job = queue.Enqueue(entry, [hypothesis], runs, body.Seed ?? 1, owner: null);
        return job is null
            ? Results.Json(new ApiError("the Monte Carlo queue is full: try again when a job has finished"), statusCode: StatusCodes.Status429TooManyRequests)
            : Results.Json(new RunStarted(job.Id), statusCode: StatusCodes.Status202Accepted);
    }

    /// <summary>A job's state for the API.</summary>
    public static RunState State(RunJob job)
    {
        ArgumentNullException.ThrowIfNull(job);
        JsonElement? summary = job.SummaryJson is { } json ? JsonDocument.Parse(json).RootElement.Clone() : null;
        return new RunState(job.StatusText, job.Progress, summary, job.Error);
    }
}
