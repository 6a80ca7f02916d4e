namespace Parley.Data.Csv;

/// <summary>How a dataset file's bytes are decoded.</summary>
public enum TextEncoding
{
    /// <summary>UTF-8 (a byte-order mark is skipped); invalid bytes are an error.</summary>
    Utf8,

    /// <summary>ISO-8859-1: every byte is one character (the Correlates of War files).</summary>
    Latin1,
}
