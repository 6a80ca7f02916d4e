namespace Parley.Formats.Runs;

/// <summary>The columns of the long table of agreements, in CSV and Parquet alike.</summary>
internal static class AgreementTable
{
    /// <summary>run, agreement (its order in the run, from 1), day, text (<c>issue = value</c>, ...), acceptedBy and brokenBy (<c>a</c>, <c>b</c> or empty), brokenDay (empty if it held), vetoes (by allies since the previous agreement), events (fired so far, "; "-separated).</summary>
    public static IReadOnlyList<string> Columns { get; } = ["run", "agreement", "day", "text", "acceptedBy", "brokenBy", "brokenDay", "vetoes", "events"];
}
