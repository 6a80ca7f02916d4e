namespace Parley.Web.Api;

/// <summary>A scenario in the list: its id, title and hypothesis names.</summary>
/// <param name="Id">The id used in the other addresses.</param>
/// <param name="Title">The scenario's title.</param>
/// <param name="Hypotheses">Its hypotheses' names, in order.</param>
public sealed record ScenarioListItem(string Id, string Title, IReadOnlyList<string> Hypotheses);

/// <summary>A Monte Carlo job to start: one named hypothesis, the number of runs and the seed.</summary>
/// <param name="Hypothesis">The hypothesis (default: the scenario's first).</param>
/// <param name="Runs">Runs (default 1000).</param>
/// <param name="Seed">The seed (default 1).</param>
public sealed record RunRequest(string? Hypothesis, int? Runs, ulong? Seed);

/// <summary>The id of a started job.</summary>
/// <param name="Id">Poll <c>/api/runs/{id}</c> with it.</param>
public sealed record RunStarted(string Id);

/// <summary>
/// A job's state: <c>status</c> is queued, running, done, failed or cancelled; <c>progress</c> the share
/// of runs finished; <c>summary</c>, once done, the JSON <c>parley simulate --format json</c> prints.
/// </summary>
public sealed record RunState(string Status, double Progress, System.Text.Json.JsonElement? Summary, string? Error);

/// <summary>An error: what was wrong and what to do.</summary>
/// <param name="Error">The message.</param>
public sealed record ApiError(string Error);
