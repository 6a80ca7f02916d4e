using System.Collections.Immutable;

namespace Parley.Conflict.WarProcess;

/// <summary>
/// A text in force as a ceasefire from day 0 of every run: a simulation that starts on the date of an
/// agreement (<c>parley simulate --text NAME</c>) rather than in open war. Talks on its next phase open
/// on <see cref="CeasefireSettings.TalksFromDay"/> when it is not permanent, as for a text agreed in a run.
/// </summary>
/// <param name="Name">The text's name, as the scenario gives it.</param>
/// <param name="Digits">Its value index on each issue (open clauses at their modal reading, the other issues at their defaults).</param>
public sealed record TextInForce(string Name, ImmutableArray<int> Digits);
