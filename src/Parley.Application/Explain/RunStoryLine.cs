namespace Parley.Application.Explain;

/// <summary>One step of an explained run.</summary>
/// <param name="Round">The war round (0-based) it happened in.</param>
/// <param name="Day">The day it happened on.</param>
/// <param name="Kind">What it is: <c>event</c>, <c>values</c>, <c>offer</c>, <c>agreement</c>, <c>battle</c>, <c>breakdown</c> or <c>ending</c>.</param>
/// <param name="Party">The belligerent who acted (proposed, won the round's battles on balance, broke the ceasefire, prevailed), or null.</param>
/// <param name="Text">The step in words.</param>
public sealed record RunStoryLine(int Round, double Day, string Kind, string? Party, string Text);
