namespace Parley.Domain.Texts;

/// <summary>What one party undertakes in a text.</summary>
/// <param name="Party">The party bound.</param>
/// <param name="Obligation">What it must do or refrain from.</param>
/// <param name="Phase">The phase it belongs to, when the text says.</param>
public sealed record TextObligation(string Party, string Obligation, string? Phase = null);
