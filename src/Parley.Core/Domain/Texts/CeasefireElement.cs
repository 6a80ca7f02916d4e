namespace Parley.Domain.Texts;

/// <summary>
/// The elements a ceasefire text should settle, after the UN DPPA <i>Guidance on Mediation of
/// Ceasefires</i> (2022): what a text audit checks it for.
/// </summary>
public enum CeasefireElement
{
    /// <summary>Definitions of the prohibited acts (what counts as a violation).</summary>
    Definitions,

    /// <summary>Lines and the separation of forces (where each side's forces stand).</summary>
    Lines,

    /// <summary>Monitoring and verification.</summary>
    Monitoring,

    /// <summary>Detainees, hostages and prisoners.</summary>
    Detainees,

    /// <summary>Humanitarian access.</summary>
    HumanitarianAccess,

    /// <summary>Dispute resolution (what happens when a side alleges a violation).</summary>
    DisputeResolution,

    /// <summary>Timing: when it starts, how long its phases last, what triggers the next.</summary>
    Timing,
}

/// <summary>The scenario names of <see cref="CeasefireElement"/>.</summary>
public static class CeasefireElements
{
    /// <summary>Every element, in checklist order.</summary>
    public static IReadOnlyList<CeasefireElement> All { get; } = Enum.GetValues<CeasefireElement>();

    /// <summary>The element's name in scenario files and JSON (<c>humanitarian_access</c>).</summary>
    public static string Key(CeasefireElement element) => element switch
    {
        CeasefireElement.Definitions => "definitions",
        CeasefireElement.Lines => "lines",
        CeasefireElement.Monitoring => "monitoring",
        CeasefireElement.Detainees => "detainees",
        CeasefireElement.HumanitarianAccess => "humanitarian_access",
        CeasefireElement.DisputeResolution => "dispute_resolution",
        CeasefireElement.Timing => "timing",
        _ => throw new ArgumentOutOfRangeException(nameof(element)),
    };

    /// <summary>What the element covers, as the checklist words it.</summary>
    public static string Describe(CeasefireElement element) => element switch
    {
        CeasefireElement.Definitions => "definitions of prohibited acts",
        CeasefireElement.Lines => "lines and separation of forces",
        CeasefireElement.Monitoring => "monitoring and verification",
        CeasefireElement.Detainees => "detainees (hostages and prisoners)",
        CeasefireElement.HumanitarianAccess => "humanitarian access",
        CeasefireElement.DisputeResolution => "dispute resolution",
        CeasefireElement.Timing => "timing (start, phases, triggers)",
        _ => throw new ArgumentOutOfRangeException(nameof(element)),
    };

    /// <summary>The element named <paramref name="key"/>.</summary>
    public static CeasefireElement Parse(string key)
    {
        foreach (var e in All)
        {
            if (Key(e) == key)
            {
                return e;
            }
        }
        throw new ModelException($"'{key}' is not a ceasefire element: use one of {string.Join(", ", All.Select(Key))}");
    }
}
