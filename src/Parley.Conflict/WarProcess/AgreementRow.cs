using Parley.Domain.Endings;

namespace Parley.Conflict.WarProcess;

/// <summary>One agreement of one run of the war process (a row of <c>runs.agreements.csv</c>).</summary>
/// <param name="Run">The run's index.</param>
/// <param name="Number">Its order among the run's agreements (1 for the first).</param>
/// <param name="Day">The day it was agreed.</param>
/// <param name="Text">Its terms, <c>issue = value</c> per issue.</param>
/// <param name="AcceptedBy">The side that accepted the other's offer (alternating offers), or <see cref="Side.None"/> when both accepted a mediator's text.</param>
/// <param name="BrokenBy">The side that broke the ceasefire it started, or <see cref="Side.None"/> if it held to the end of the run.</param>
/// <param name="BrokenDay">The day it was broken (NaN if it held).</param>
/// <param name="Vetoes">How many times an ally vetoed its side's acceptance in the run before this agreement (since the previous one).</param>
/// <param name="Events">The war events fired in the run up to this agreement, in order, separated by "; " (empty if none).</param>
public sealed record AgreementRow(int Run, int Number, double Day, string Text, Side AcceptedBy, Side BrokenBy, double BrokenDay, int Vetoes = 0, string Events = "");
