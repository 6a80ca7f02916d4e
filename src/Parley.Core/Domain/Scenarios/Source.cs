namespace Parley.Domain.Scenarios;

/// <summary>Where a number in a scenario comes from: a publication, dataset, agreement text, or a stated assumption.</summary>
public sealed record Source
{
    /// <summary>Creates the source; id and title are required.</summary>
    public Source(string id, string title)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            throw new ModelException("a source has an empty id: give every source an id");
        }
        if (string.IsNullOrWhiteSpace(title))
        {
            throw new ModelException($"source '{id}' has no title");
        }
        Id = id;
        Title = title;
    }

    /// <summary>The id numbers cite it by.</summary>
    public string Id { get; }

    /// <summary>Its title.</summary>
    public string Title { get; }

    /// <summary>agreement, report, dataset, paper, book, assumption or other.</summary>
    public string? Kind { get; init; }

    /// <summary>Publisher or outlet.</summary>
    public string? Publisher { get; init; }

    /// <summary>Where to find it.</summary>
    public string? Url { get; init; }

    /// <summary>Publication date.</summary>
    public string? Date { get; init; }

    /// <summary>The figure as the source states it.</summary>
    public string? Quote { get; init; }

    /// <summary>Free notes.</summary>
    public string? Notes { get; init; }

    /// <summary>True when this "source" records an assumption rather than evidence.</summary>
    public bool IsAssumption => string.Equals(Kind, "assumption", StringComparison.Ordinal);
}
