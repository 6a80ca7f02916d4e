namespace Parley.Data.Datasets;

/// <summary>The known codes of one column of one dataset, with their meanings.</summary>
public sealed class CodeList
{
    private readonly Dictionary<string, CodeMeaning> _byCode;

    /// <summary>Creates the list for <paramref name="column"/> of <paramref name="datasetId"/>.</summary>
    public CodeList(string datasetId, string column, string basis, IEnumerable<CodeMeaning> codes)
    {
        ArgumentNullException.ThrowIfNull(codes);
        DatasetId = datasetId;
        Column = column;
        Basis = basis;
        Codes = codes.ToArray();
        _byCode = Codes.ToDictionary(c => c.Code, StringComparer.Ordinal);
    }

    /// <summary>The dataset the column belongs to.</summary>
    public string DatasetId { get; }

    /// <summary>The column name as in the file header.</summary>
    public string Column { get; }

    /// <summary>Where the meanings come from (README, codebook, or Parley's reading).</summary>
    public string Basis { get; }

    /// <summary>Every known code, in display order.</summary>
    public IReadOnlyList<CodeMeaning> Codes { get; }

    /// <summary>The meaning of <paramref name="code"/>; an unknown code gets an unverified "code N".</summary>
    public CodeMeaning this[string code] =>
        _byCode.TryGetValue(code, out var meaning) ? meaning : new CodeMeaning(code, $"code {code}", false);

    /// <summary>The meaning of integer <paramref name="code"/>.</summary>
    public CodeMeaning this[int code] => this[code.ToString(System.Globalization.CultureInfo.InvariantCulture)];

    /// <summary>True when every code's meaning is verified.</summary>
    public bool AllVerified => Codes.All(c => c.Verified);
}
