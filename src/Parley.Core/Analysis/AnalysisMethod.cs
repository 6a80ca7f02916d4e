namespace Parley.Analysis;

/// <summary>How an analysis was computed.</summary>
public enum AnalysisMethod
{
    /// <summary>Issue by issue over additive profiles, without enumerating the space.</summary>
    IssueByIssue,

    /// <summary>By enumerating every outcome that passes the per-issue red lines.</summary>
    Enumerated,
}
