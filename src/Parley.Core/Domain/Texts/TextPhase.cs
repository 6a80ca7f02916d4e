namespace Parley.Domain.Texts;

/// <summary>A phase of an agreement text.</summary>
/// <param name="Name">Its name ("phase 1").</param>
/// <param name="DurationDays">How long it lasts, when the text says.</param>
/// <param name="TalksFromDay">The day of the phase from which the next phase is negotiated, when the text says.</param>
/// <param name="Trigger">What starts it ("phase 1 completed", "cabinet approval"), when the text says.</param>
/// <param name="Description">What happens in it.</param>
public sealed record TextPhase(string Name, int? DurationDays = null, int? TalksFromDay = null, string? Trigger = null, string? Description = null);
