namespace Parley.Domain.Scenarios;

/// <summary>What a number in a scenario rests on: a source id, or an assumption with its reason.</summary>
public sealed record Citation
{
    private Citation(string? sourceId, string? assumption)
    {
        SourceId = sourceId;
        Assumption = assumption;
    }

    /// <summary>The cited source's id, when the number is sourced.</summary>
    public string? SourceId { get; }

    /// <summary>The stated assumption, when it is a judgement.</summary>
    public string? Assumption { get; }

    /// <summary>A citation of source <paramref name="id"/>.</summary>
    public static Citation Of(string id) => new(id, null);

    /// <summary>A judgement marked as an assumption.</summary>
    public static Citation Assumed(string reason) => new(null, reason);

    /// <inheritdoc />
    public override string ToString() => SourceId is not null ? $"source: {SourceId}" : $"assumption: {Assumption}";
}
