namespace Parley.Data.Survival;

/// <summary>The Kaplan-Meier curve of one group of ceasefires.</summary>
/// <param name="Split">The feature split by ("all" for the whole selection).</param>
/// <param name="Group">The group's code ("all" for the whole selection).</param>
/// <param name="Label">What the group is.</param>
/// <param name="Verified">False when the group's meaning rests on an unverified code reading.</param>
/// <param name="Curve">The curve.</param>
public sealed record CurveGroup(string Split, string Group, string Label, bool Verified, KaplanMeierCurve Curve);
