using Parley.Domain;
using Parley.Domain.Preferences;

namespace Parley.Formats.Genius;

/// <summary>
/// Reads GENIUS XML negotiation domains and preference profiles (the format of the ANAC
/// competitions; files in ../shared/data/genius).
/// <para>
/// <b>Semantics</b> (the <c>semantics</c> field of ../shared/data/genius/reference.json, checked
/// against the GENIUS 10.4 sources): a discrete option scores its <c>evaluation</c> divided by the
/// largest evaluation of its issue; weights are divided by their sum; utility is the weighted sum;
/// the reservation value is <c>&lt;reservation value&gt;</c>, 0 when absent; a discount factor is
/// read and kept (<see cref="PreferenceProfile.DiscountFactor"/>), never applied.
/// </para>
/// <para>
/// <b>Integer and real issues.</b> Read from GENIUS's own sources (genius.core.utility.EvaluatorInteger,
/// EvaluatorReal, EVALFUNCTYPE; genius.core.issue.IssueInteger, IssueReal; genius.core.DomainImpl;
/// as vendored in GENIUS 10.4 and found through a public code search). Parley's reading of them,
/// not a copy:
/// <list type="bullet">
/// <item>An integer issue spans every integer from its <c>lowerbound</c> to its <c>upperbound</c>
/// attribute (older files put them on a <c>&lt;range&gt;</c> child; both are read). Its profile
/// evaluator <c>&lt;evaluator ftype="linear" slope="s" offset="o"/&gt;</c> scores x as
/// clamp(o + s (x − lowerbound), 0, 1), the lower bound measured from the profile issue's own
/// <c>lowerbound</c>. It is not rescaled by its maximum as discrete items are.</item>
/// <item>A real issue spans <c>&lt;range lowerbound upperbound&gt;</c>. Its evaluator
/// <c>ftype="linear"</c> scores x as clamp(parameter1 · x + parameter0, 0, 1) on the raw value
/// (unlike the integer evaluator); <c>ftype="constant"</c> scores parameter0;
/// <c>ftype="triangular"</c> rises from 0 at parameter0 to 1 at parameter2 and falls to 0 at parameter1.</item>
/// <item>Real issues are enumerated at <see cref="DefaultRealValueCount"/> = 21 evenly spaced values,
/// both bounds included: GENIUS's IssueReal has 21 "discretization steps" and its BidIterator
/// visits lowerbound + i (upperbound − lowerbound) / 20 for i = 0..20. Pass another count to
/// <see cref="ReadDomain"/> for a finer or coarser grid.</item>
/// </list>
/// </para>
/// <para>
/// <b>Pairing a profile with its domain.</b> As in GENIUS, a profile's <c>&lt;issue&gt;</c> and
/// <c>&lt;weight&gt;</c> elements refer to the domain's issues by their <c>index</c> attribute; a
/// profile issue whose <c>name</c> differs from the domain's issue of that index is rejected (GENIUS
/// would silently pair them). Options are matched by their exact text. A space not built by
/// <see cref="ReadDomain"/> is paired by issue name.
/// </para>
/// <para>
/// <b>Quirks handled.</b> No <c>&lt;reservation&gt;</c> means 0. A <c>type="UNCERTAIN"</c> root is
/// read like any profile and flagged (<see cref="GeniusProfileFile.IsUncertain"/>). A discount
/// factor that is not a number (IS_BT_Acquisition_IS_20.xml has <c>value="s"</c>) or lies outside
/// (0, 1] is left absent with a warning, which is what GENIUS does (it catches the parse error, or
/// validateDiscount discards the value, and negotiates undiscounted); the text is kept in
/// <see cref="GeniusProfileFile.RawDiscountFactor"/>. Elements GENIUS ignores for utilities
/// (<c>similarity_function</c>, <c>comparisons</c>, <c>errors</c>, <c>cost</c> ...) are ignored.
/// </para>
/// <para>
/// Every problem in a file is an <see cref="InputException"/>: missing file, malformed XML (with
/// the parser's line and column), a domain issue with no options, an unknown issue type, weights
/// that sum to 0, a profile issue or option the domain lacks, a missing weight.
/// </para>
/// </summary>
public static class GeniusReader
{
    /// <summary>How many values a real issue gets when enumerated: 21, GENIUS's IssueReal default.</summary>
    public const int DefaultRealValueCount = 21;

    /// <summary>
    /// Reads a GENIUS domain (root <c>&lt;negotiation_template&gt;</c> holding a
    /// <c>&lt;utility_space&gt;</c>, or a <c>&lt;utility_space&gt;</c> root such as a profile) into an
    /// outcome space with one issue per GENIUS <c>&lt;issue&gt;</c>, in GENIUS's order.
    /// </summary>
    /// <param name="path">The domain file.</param>
    /// <param name="realValueCount">Values per real issue, both bounds included (at least 2).</param>
    /// <exception cref="InputException">The file is missing, malformed or not a valid domain.</exception>
    public static OutcomeSpace ReadDomain(string path, int realValueCount = DefaultRealValueCount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(realValueCount, 2);
        return GeniusDomainReader.Read(path, realValueCount);
    }

    /// <summary>Reads a GENIUS preference profile (root <c>&lt;utility_space&gt;</c>) over <paramref name="space"/>.</summary>
    /// <param name="space">The domain, normally from <see cref="ReadDomain"/>.</param>
    /// <param name="path">The profile file.</param>
    /// <param name="name">The profile's name; the file name without extension when null.</param>
    /// <exception cref="InputException">The file is missing, malformed or does not fit the domain.</exception>
    public static GeniusProfileFile ReadProfile(OutcomeSpace space, string path, string? name = null) =>
        GeniusProfileReader.Read(space, path, name);
}
