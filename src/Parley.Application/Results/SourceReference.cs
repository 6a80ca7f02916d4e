using Parley.Domain;

namespace Parley.Application.Results;

/// <summary>A source the scenario cites: its id (as cited in the scenario), title and address.</summary>
public sealed record SourceReference(string Id, string Title, string? Url)
{
    /// <summary>The id the scenario cites (e.g. "ocha-2025-07").</summary>
    public string Id { get; } = Preconditions.Text(Id, "a source's id");

    /// <summary>The title.</summary>
    public string Title { get; } = Preconditions.Text(Title, $"source '{Id}': the title");

    /// <summary>The http(s) address, when it has one; the report links to it.</summary>
    public string? Url { get; } = Url is null || Uri.TryCreate(Url, UriKind.Absolute, out var u) && (u.Scheme == Uri.UriSchemeHttp || u.Scheme == Uri.UriSchemeHttps)
        ? Url
        : throw new Domain.ModelException($"source '{Id}': '{Url}' is not an http(s) address: give a full URL or none");
}
