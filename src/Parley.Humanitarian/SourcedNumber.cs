using Parley.Domain;

namespace Parley.Humanitarian;

/// <summary>
/// A number with its provenance: either cited (a publication named in the facts file and the quoted
/// text that contains the figure) or an assumption with its reason. Exactly one of the two.
/// </summary>
public sealed record SourcedNumber
{
    /// <summary>Creates a number; throws <see cref="ModelException"/> unless exactly one provenance is given.</summary>
    public SourcedNumber(double value, string? source, string? quote, string? assumption)
    {
        if (!double.IsFinite(value))
        {
            throw new ModelException($"value {value} is not a finite number");
        }
        var cited = !string.IsNullOrWhiteSpace(quote);
        var assumed = !string.IsNullOrWhiteSpace(assumption);
        if (cited == assumed)
        {
            throw new ModelException("give either a quote (with its source) or an assumption (with its reason) for every number, not both or neither");
        }
        if (cited && string.IsNullOrWhiteSpace(source))
        {
            throw new ModelException($"the quote \"{quote}\" needs a source: name the publication as the facts file does");
        }
        Value = value;
        Source = source;
        Quote = quote;
        Assumption = assumption;
    }

    /// <summary>The number.</summary>
    public double Value { get; }

    /// <summary>Publication(s) named in the facts file, when cited.</summary>
    public string? Source { get; }

    /// <summary>Text quoted from the facts file that contains the figure, when cited.</summary>
    public string? Quote { get; }

    /// <summary>Why the number is assumed, when not cited.</summary>
    public string? Assumption { get; }

    /// <summary>True when the number cites a source.</summary>
    public bool IsCited => Quote is not null;

    /// <summary>A cited number.</summary>
    public static SourcedNumber Cited(double value, string source, string quote) => new(value, source, quote, null);

    /// <summary>An assumed number.</summary>
    public static SourcedNumber Assumed(double value, string reason) => new(value, null, null, reason);

    /// <summary>The same provenance with another value (for command-line overrides: marked as user input).</summary>
    public SourcedNumber Override(double value) => Assumed(value, "set by the user");
}
