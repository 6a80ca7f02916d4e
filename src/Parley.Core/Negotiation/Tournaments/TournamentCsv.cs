using System.Globalization;
using Parley.Negotiation.Traces;

namespace Parley.Negotiation.Tournaments;

/// <summary>
/// Writes tournament standings as CSV: a header row, then one row per strategy with columns
/// strategy, negotiations, agreements, agreementRate, meanUtility, meanDistanceToNash,
/// meanDistanceToPareto, meanRounds (an undefined mean is an empty field).
/// </summary>
public static class TournamentCsv
{
    /// <summary>The column names.</summary>
    public static readonly IReadOnlyList<string> Header =
        ["strategy", "negotiations", "agreements", "agreementRate", "meanUtility", "meanDistanceToNash", "meanDistanceToPareto", "meanRounds"];

    /// <summary>The standings as CSV text.</summary>
    public static string Write(TournamentResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        TraceCsv.WriteRow(writer, Header);
        foreach (var s in result.Standings)
        {
            TraceCsv.WriteRow(writer,
            [
                s.Strategy,
                s.Negotiations.ToString(CultureInfo.InvariantCulture),
                s.Agreements.ToString(CultureInfo.InvariantCulture),
                TraceCsv.FormatNumber(s.AgreementRate),
                TraceCsv.FormatNumber(s.MeanUtility),
                s.MeanDistanceToNash is { } n ? TraceCsv.FormatNumber(n) : "",
                s.MeanDistanceToPareto is { } p ? TraceCsv.FormatNumber(p) : "",
                TraceCsv.FormatNumber(s.MeanRounds),
            ]);
        }
        return writer.ToString();
    }
}
