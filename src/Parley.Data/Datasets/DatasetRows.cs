namespace Parley.Data.Datasets;

/// <summary>The records a loader read from one file, and the notes on repairs it made.</summary>
/// <typeparam name="T">The record type.</typeparam>
/// <param name="Rows">Every record, in file order.</param>
/// <param name="Notes">Repairs of malformed records, one per record repaired.</param>
public sealed record DatasetRows<T>(IReadOnlyList<T> Rows, IReadOnlyList<DataNote> Notes);
