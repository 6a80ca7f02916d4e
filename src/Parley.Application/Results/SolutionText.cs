using Parley.Domain;

namespace Parley.Application.Results;

/// <summary>A bargaining solution (Nash, Kalai-Smorodinsky) as an agreement text and its utilities.</summary>
public sealed record SolutionText(string Text, UtilityPoint Utilities)
{
    /// <summary>The agreement text, one clause per issue (e.g. "ceasefire: phased; trucks per day: 600").</summary>
    public string Text { get; } = Preconditions.Text(Text, "a solution's text");

    /// <summary>What it is worth to each belligerent.</summary>
    public UtilityPoint Utilities { get; } = Utilities ?? throw new Domain.ModelException("a solution has no utilities: give both belligerents' utilities");
}
