using Parley.Application;
using Parley.Conflict.Scenarios;

namespace Parley.Web.Scenarios;

/// <summary>A scenario the dashboard offers: its id, where it comes from, and the scenario once read (or why it could not be).</summary>
/// <param name="Id">The file name without <c>.yaml</c>, the folder name for a folder holding <c>scenario.yaml</c>, or the upload's id.</param>
/// <param name="Source">Where it is read from (a file of the configured folder, a shipped scenario, or null for an upload).</param>
/// <param name="Scenario">The scenario, or null when it does not validate.</param>
/// <param name="Error">The validation message when it does not.</param>
public sealed record ScenarioEntry(string Id, ScenarioSource? Source, Scenario? Scenario, string? Error)
{
    /// <summary>How the scenario is named in reports.</summary>
    public string DisplayName => Source?.DisplayName ?? $"{Id} (uploaded)";
}
