using Parley.Data.Statistics;
using Parley.Domain.Texts;

namespace Parley.Conflict.Texts;

/// <summary>One reading of a clause, as a label of its issue's value.</summary>
/// <param name="Value">The value: a number on a numeric issue, else the option's label.</param>
/// <param name="Weight">Its weight, normalised over the clause.</param>
public sealed record ReadingView(object Value, double Weight);

/// <summary>One clause of an audited text.</summary>
/// <param name="Id">Its number.</param>
/// <param name="Issue">The issue it binds, or null.</param>
/// <param name="Precision">precise, bounded or vague.</param>
/// <param name="Readings">Its readings.</param>
public sealed record ClauseView(string Id, string? Issue, string Precision, IReadOnlyList<ReadingView> Readings);

/// <summary>What one party makes of a text.</summary>
/// <param name="Party">The party.</param>
/// <param name="ExpectedUtility">Its expected utility over the readings as it weighs them.</param>
/// <param name="ReservationValue">What no agreement is worth to it.</param>
/// <param name="Accepts">Whether it accepts (no reading it weighs crosses a red line; expected utility at least its reservation).</param>
public sealed record PartyView(string Party, double ExpectedUtility, double ReservationValue, bool Accepts);

/// <summary>What clarifying one open clause at its best reading does.</summary>
/// <param name="Reading">The reading that maximises the Nash product of the two sides' expected gains.</param>
/// <param name="NashProduct">The Nash product before and after.</param>
/// <param name="AcceptableReadings">The readings at which both sides accept the clarified text (the clause's part of the bargaining range).</param>
/// <param name="Accepts">Whether each side accepts, before and after.</param>
/// <param name="Durability365">The share of ceasefires on the text still holding after a year, before and after.</param>
public sealed record Clarification(string Reading, double[] NashProduct, IReadOnlyList<string> AcceptableReadings,
    IReadOnlyDictionary<string, bool[]> Accepts, double[] Durability365);

/// <summary>An open (bounded or vague) clause of an audited text.</summary>
/// <param name="Clause">Its number.</param>
/// <param name="Issue">The issue it binds.</param>
/// <param name="Precision">bounded or vague.</param>
/// <param name="Readings">Its readings.</param>
/// <param name="UtilitySpread">Each side's lowest and highest utility of the text across the readings.</param>
/// <param name="ClarificationValue">The rise in the Nash product from fixing the clause at its best reading.</param>
/// <param name="Clarification">The details of that clarification.</param>
public sealed record VagueClauseView(string Clause, string Issue, string Precision, IReadOnlyList<ReadingView> Readings,
    IReadOnlyDictionary<string, double[]> UtilitySpread, double ClarificationValue, Clarification Clarification);

/// <summary>The audit of one agreement text.</summary>
/// <param name="Text">The text's name.</param>
/// <param name="Clauses">Every clause.</param>
/// <param name="Vague">The clauses that can be read more than one way.</param>
/// <param name="MissingElements">The elements of the DPPA checklist the text does not settle (their keys).</param>
/// <param name="Durability">Share of ceasefires on the text still holding after 30, 90 and 365 days.</param>
/// <param name="DurabilityInterval">The same with its interval.</param>
/// <param name="Parties">What each side makes of the text.</param>
/// <param name="ReadingGap">What each side loses when the other acts on its preferred reading.</param>
/// <param name="HazardFeatures">The features that select the breakdown-hazard effects.</param>
/// <param name="DurabilitySource">Where the durability curve comes from.</param>
public sealed record TextAuditResult(
    string Text,
    IReadOnlyList<ClauseView> Clauses,
    IReadOnlyList<VagueClauseView> Vague,
    IReadOnlyList<string> MissingElements,
    IReadOnlyDictionary<string, double> Durability,
    IReadOnlyDictionary<string, double[]> DurabilityInterval,
    IReadOnlyList<PartyView> Parties,
    IReadOnlyDictionary<string, double> ReadingGap,
    IReadOnlyList<string> HazardFeatures,
    string DurabilitySource);
