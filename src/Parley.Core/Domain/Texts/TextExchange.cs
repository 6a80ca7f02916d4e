namespace Parley.Domain.Texts;

/// <summary>
/// One step of an exchange schedule: who releases whom, how many, in which phase.
/// </summary>
/// <param name="Phase">The phase it belongs to (a <see cref="TextPhase.Name"/>).</param>
/// <param name="Releases">The party that releases.</param>
/// <param name="Released">Who is released ("living hostages", "prisoners and detainees").</param>
/// <param name="Count">How many, when the text says.</param>
/// <param name="Day">The day of the phase by which it is done, when the text says.</param>
public sealed record TextExchange(string Phase, string Releases, string Released, int? Count = null, int? Day = null)
{
    /// <summary>The id of the source the count is cited from, if any.</summary>
    public string? Source { get; init; }

    /// <summary>The assumption behind the count, when it is a judgement.</summary>
    public string? Assumption { get; init; }
}
