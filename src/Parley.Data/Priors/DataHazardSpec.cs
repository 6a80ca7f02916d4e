using System.Globalization;
using System.Text;
using Parley.Data.Datasets;
using Parley.Data.Datasets.EthPrio;
using Parley.Data.Survival;
using Parley.Domain;

namespace Parley.Data.Priors;

/// <summary>
/// A scenario's request to take a ceasefire hazard from data instead of a hand-set number:
/// <c>hazard: from-data {dataset: eth-prio, filter: "written=1,mediator_nego=1"}</c>. Fields:
/// <c>dataset</c> (required; <c>eth-prio</c> is the dataset with ceasefire durations),
/// <c>filter</c> (a <see cref="CeasefireFilter"/>; default all), <c>event</c>
/// (<c>breakdown</c> or <c>any-end</c>; default breakdown), <c>confidence</c> (default 0.95).
/// In the inline text form an unquoted filter may run on over commas (<c>filter: written=1,mediator_nego=1</c>).
/// </summary>
/// <param name="Dataset">The dataset id.</param>
/// <param name="Filter">The selection of ceasefires.</param>
/// <param name="Event">What counts as the end.</param>
/// <param name="Confidence">Confidence level of the interval.</param>
public sealed record DataHazardSpec(string Dataset, CeasefireFilter Filter, CeasefireEvent Event, double Confidence)
{
    /// <summary>The keyword that introduces the inline form (<c>from_data</c>, the scenario schema's spelling, is accepted too).</summary>
    public const string Keyword = "from-data";

    private static readonly string[] Keys = ["dataset", "filter", "event", "confidence"];

    /// <summary>Builds and validates a spec from named fields (as a scenario loader reads them from a YAML mapping).</summary>
    public static DataHazardSpec FromFields(IReadOnlyDictionary<string, string?> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        foreach (var key in fields.Keys)
        {
            if (!Keys.Contains(key, StringComparer.OrdinalIgnoreCase))
            {
                throw new ModelException($"hazard from-data: unknown field '{key}': use {string.Join(", ", Keys)}");
            }
        }
        string? Get(string key) => fields.FirstOrDefault(f => string.Equals(f.Key, key, StringComparison.OrdinalIgnoreCase)).Value;
        var datasetId = Get("dataset");
        if (string.IsNullOrWhiteSpace(datasetId))
        {
            throw new ModelException("hazard from-data: the dataset is missing: write {dataset: eth-prio, filter: ...}");
        }
        var dataset = DatasetCatalog.Find(datasetId.Trim());
        if (dataset != DatasetCatalog.EthPrioCeasefires)
        {
            throw new ModelException($"hazard from-data: dataset '{datasetId.Trim()}' has no ceasefire durations: use dataset: {DatasetCatalog.EthPrioCeasefires.Id}");
        }
        var ev = Get("event")?.Trim().ToLowerInvariant() switch
        {
            null or "" or "breakdown" => CeasefireEvent.Breakdown,
            "any-end" or "anyend" or "any" => CeasefireEvent.AnyEnd,
            var other => throw new ModelException($"hazard from-data: unknown event '{other}': use breakdown or any-end"),
        };
        var confidence = 0.95;
        if (Get("confidence") is { } c && !string.IsNullOrWhiteSpace(c)
            && !double.TryParse(c.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out confidence))
        {
            throw new ModelException($"hazard from-data: confidence '{c}' is not a number: write e.g. 0.95");
        }
        Statistics.Intervals.CheckConfidence(confidence);
        return new DataHazardSpec(dataset.Id, CeasefireFilter.Parse(Get("filter")), ev, confidence);
    }

    /// <summary>
    /// The spec for <paramref name="dataset"/> and <paramref name="filter"/> as a scenario loader has
    /// read them (e.g. <c>war.ceasefire.base_hazard_per_day.from_data</c>), validated.
    /// </summary>
    public static DataHazardSpec From(string dataset, string? filter = null, CeasefireEvent ev = CeasefireEvent.Breakdown, double confidence = 0.95)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        return FromFields(new Dictionary<string, string?>
        {
            ["dataset"] = dataset,
            ["filter"] = filter,
            ["event"] = ev == CeasefireEvent.Breakdown ? "breakdown" : "any-end",
            ["confidence"] = confidence.ToString(CultureInfo.InvariantCulture),
        });
    }

    /// <summary>
    /// Parses the inline form <c>from-data {dataset: eth-prio, filter: written=1,mediator_nego=1}</c>
    /// (the keyword and a colon after it are optional; values may be quoted).
    /// </summary>
    public static DataHazardSpec Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var body = text.Trim();
        if (body.StartsWith(Keyword, StringComparison.OrdinalIgnoreCase) || body.StartsWith("from_data", StringComparison.OrdinalIgnoreCase))
        {
            body = body[Keyword.Length..].TrimStart().TrimStart(':').Trim();
        }
        if (body.Length < 2 || body[0] != '{' || body[^1] != '}')
        {
            throw new ModelException($"hazard '{text.Trim()}' is not of the form from-data {{dataset: eth-prio, filter: ...}}");
        }
        var fields = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        string? last = null;
        foreach (var piece in SplitTopLevel(body[1..^1]))
        {
            var colon = IndexOutsideQuotes(piece, ':');
            if (colon < 0)
            {
                if (last is null || !string.Equals(last, "filter", StringComparison.OrdinalIgnoreCase))
                {
                    throw new ModelException($"hazard from-data: '{piece}' is not a field: write key: value");
                }
                fields[last] = fields[last] + "," + Unquote(piece);
                continue;
            }
            last = piece[..colon].Trim();
            if (fields.ContainsKey(last))
            {
                throw new ModelException($"hazard from-data: field '{last}' is given twice");
            }
            fields[last] = Unquote(piece[(colon + 1)..]);
        }
        return FromFields(fields);
    }

    /// <summary>Estimates the hazard from already-loaded <paramref name="ceasefires"/>.</summary>
    public HazardEstimate Estimate(IEnumerable<Ceasefire> ceasefires) => CeasefirePriors.Hazard(ceasefires, Filter, Event, Confidence);

    /// <summary>Loads the dataset from <paramref name="dataDirectory"/> and estimates the hazard.</summary>
    public HazardEstimate Resolve(string dataDirectory)
    {
        var rows = EthPrioReader.Read(dataDirectory).Rows;
        return Estimate(CeasefireAggregation.Aggregate(rows));
    }

    /// <summary>The spec in its inline form.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Keyword} {{dataset: {Dataset}, filter: \"{Filter}\", event: {(Event == CeasefireEvent.Breakdown ? "breakdown" : "any-end")}, confidence: {Confidence}}}");

    private static List<string> SplitTopLevel(string text)
    {
        var parts = new List<string>();
        var current = new StringBuilder();
        char? quote = null;
        foreach (var ch in text)
        {
            if (quote is { } q)
            {
                if (ch == q)
                {
                    quote = null;
                }
                current.Append(ch);
            }
            else if (ch is '"' or '\'')
            {
                quote = ch;
                current.Append(ch);
            }
            else if (ch == ',')
            {
                parts.Add(current.ToString().Trim());
                current.Clear();
            }
            else
            {
                current.Append(ch);
            }
        }
        if (quote is not null)
        {
            throw new ModelException($"hazard from-data: a quote is not closed in '{text}'");
        }
        parts.Add(current.ToString().Trim());
        return parts.Where(p => p.Length > 0).ToList();
    }

    private static int IndexOutsideQuotes(string text, char target)
    {
        char? quote = null;
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (quote is { } q)
            {
                if (ch == q)
                {
                    quote = null;
                }
            }
            else if (ch is '"' or '\'')
            {
                quote = ch;
            }
            else if (ch == target)
            {
                return i;
            }
        }
        return -1;
    }

    private static string Unquote(string value)
    {
        var v = value.Trim();
        return v.Length >= 2 && (v[0] == '"' || v[0] == '\'') && v[^1] == v[0] ? v[1..^1] : v;
    }
}
