namespace Parley.Data.Datasets.EthPrio;

/// <summary>
/// A ceasefire attribute that analyses can split by and filters can test: a coded feature (with
/// its <see cref="Codes"/>), a number (start year, fixed days), or a text (location).
/// </summary>
/// <param name="Name">Name on the command line and in filters (the dataset's column name where there is one).</param>
/// <param name="Description">What it is.</param>
/// <param name="Codes">Code meanings, for coded features; null for numbers and text.</param>
/// <param name="Number">The numeric value, for coded and numeric features (null when unknown).</param>
/// <param name="Text">The text value, for text features.</param>
public sealed record CeasefireFeature(
    string Name,
    string Description,
    CodeList? Codes,
    Func<Ceasefire, int?>? Number,
    Func<Ceasefire, string>? Text)
{
    /// <summary>True for a coded feature, which can split ceasefires into groups.</summary>
    public bool IsCoded => Codes is not null;
}
