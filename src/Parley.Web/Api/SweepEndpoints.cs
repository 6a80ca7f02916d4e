using Parley.Domain;
using Parley.Store.Sweeps;
using Parley.Web.Scenarios;
using Parley.Web.Sweeps;

namespace Parley.Web.Api;

/// <summary>
/// Sweeps submitted to the Orleans cluster the dashboard was started with: the same experiment as
/// <c>parley sweep --cluster</c> (same points, runs and rows in the cluster's store), polled by its
/// experiment id. Without a cluster these answer 503.
/// </summary>
public static class SweepEndpoints
{
    /// <summary>Maps the endpoints under <c>/api</c>.</summary>
    public static void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").RequireRateLimiting(ApiEndpoints.RatePolicy).DisableAntiforgery();
        api.MapPost("/scenarios/{id}/sweeps", Submit)
            .WithSummary("Submits a sweep to the cluster: {vary: [\"path=V1,V2\" or \"path=LO..HI:N\"], hypothesis, runs, seed, batch, design, size, name}.")
            .Accepts<SweepApiRequest>("application/json")
            .Produces<SweepStarted>(StatusCodes.Status202Accepted)
            .Produces<ApiError>(StatusCodes.Status400BadRequest)
            .Produces<ApiError>(StatusCodes.Status503ServiceUnavailable);
        api.MapGet("/sweeps/{id}", (string id, IServiceProvider services) =>
                services.GetService<ClusterSweeps>() is not { } sweeps ? NoCluster()
                : sweeps.Find(id) is { } job ? Results.Ok(State(job))
                : ApiEndpoints.NotFound($"no sweep '{id}' submitted here"))
            .WithSummary("A sweep's status (running, done, stopped or failed) and progress.")
            .Produces<SweepState>()
            .Produces<ApiError>(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> Submit(string id, HttpRequest request, ScenarioCatalog catalog, ServeSettings settings, IServiceProvider services, CancellationToken cancellationToken)
    {
        if (services.GetService<ClusterSweeps>() is not { } sweeps)
        {
            return NoCluster();
        }
        var (body, error) = await RequestBody.ReadJson<SweepApiRequest>(request, cancellationToken).ConfigureAwait(false);
        if (error is not null)
        {
            return error;
        }
        if (catalog.Find(id) is not { Source: { } source, Scenario: { } scenario })
        {
            return ApiEndpoints.NotFound($"no scenario '{id}' with a file to sweep");
        }
        try
        {
            var form = new SweepForm(body!.Vary, body.Hypothesis, body.Runs, body.Seed, body.Batch, body.Design, body.Size, body.Name);
            var job = await sweeps.SubmitAsync(source, scenario, form, settings.MaxRuns, cancellationToken).ConfigureAwait(false);
            return Results.Json(new SweepStarted(job.Spec.Id), statusCode: StatusCodes.Status202Accepted);
        }
        catch (Exception ex) when (ex is InputException or ModelException)
        {
            return Results.BadRequest(new ApiError(ex.Message));
        }
    }

    private static IResult NoCluster() =>
        Results.Json(new ApiError("this dashboard has no cluster: start it with the PostgreSQL store its silos meet in to submit sweeps"), statusCode: StatusCodes.Status503ServiceUnavailable);

    private static SweepState State(SweepJob job) =>
        new(job.Status, job.Spec.Id, job.Progress?.Total ?? 0, job.Progress?.Done ?? 0, job.Progress?.Units ?? 0, job.Progress?.UnitsDone ?? 0, job.Progress?.Silos ?? 0, job.Progress?.Retries ?? 0, job.Error);
}

/// <summary>A sweep to submit: varied values as the sweep command takes them, one hypothesis (default: the first), runs per point (default 1000), seed, runs per unit, design (grid, lhs, sobol, oat) and its sample size, a name.</summary>
public sealed record SweepApiRequest(IReadOnlyList<string>? Vary, string? Hypothesis, int? Runs, ulong? Seed, int? Batch, string? Design, int? Size, string? Name);

/// <summary>The experiment id of a submitted sweep: poll <c>/api/sweeps/{id}</c>.</summary>
public sealed record SweepStarted(string Id);

/// <summary>A sweep's state: status, experiment, runs to do and stored, units complete of all, silos active, unit calls repeated after a lost silo, error.</summary>
public sealed record SweepState(string Status, string Experiment, long Total, long Done, int Units, int UnitsDone, int Silos, int Retries, string? Error);
