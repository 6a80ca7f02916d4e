using System.Collections.Immutable;
using Parley.Analysis;
using Parley.Conflict.Scenarios;
using Parley.Domain;
using Parley.Humanitarian;

namespace Parley.Conflict.WarProcess.Talks;

/// <summary>
/// A text the belligerents agreed in the war's talks, with what the war process needs of it: each
/// side's utility (under the regime it was agreed in), its numeric terms, whether it ends the war
/// permanently, and the humanitarian state it brings. Built once per regime and text and shared by
/// every run that agrees it (<see cref="WarRegime.Agreed"/>), so agreeing allocates nothing after the first time.
/// </summary>
internal sealed class AgreedText
{
    private AgreedText(long code, ImmutableArray<int> digits, double utilityA, double utilityB, double[] terms, bool permanent, double gap, double needMet, double hazardRatio)
    {
        HazardRatio = hazardRatio;
        Code = code;
        Digits = digits;
        UtilityA = utilityA;
        UtilityB = utilityB;
        Terms = terms;
        Permanent = permanent;
        Gap = gap;
        NeedMet = needMet;
    }

    /// <summary>The text's index in the outcome space.</summary>
    public long Code { get; }

    /// <summary>The text's value index on each issue.</summary>
    public ImmutableArray<int> Digits { get; }

    /// <summary>Side A's utility for the text.</summary>
    public double UtilityA { get; }

    /// <summary>Side B's utility for the text.</summary>
    public double UtilityB { get; }

    /// <summary>The text's numeric value on each issue.</summary>
    public double[] Terms { get; }

    /// <summary>Whether the text ends the war permanently (the scenario's permanence issue).</summary>
    public bool Permanent { get; }

    /// <summary>The humanitarian gap under the text (0 without a humanitarian model).</summary>
    public double Gap { get; }

    /// <summary>
    /// What the gap between the readings of its open clauses adds to each side's temptation to break it
    /// (<see cref="Texts.TextHazard.Temptations"/>; 0 for a text agreed in the talks, whose terms are precise).
    /// </summary>
    public (double A, double B) ReadingGap { get; private init; }

    /// <summary>
    /// This text as a named text of the scenario with its own clauses and open readings: the hazard ratio of
    /// its own clauses and the temptations its reading gap adds (a text in force from day 0).
    /// </summary>
    public AgreedText AsNamedText(double hazardRatio, (double A, double B) readingGap) =>
        new(Code, Digits, UtilityA, UtilityB, Terms, Permanent, Gap, NeedMet, hazardRatio) { ReadingGap = readingGap };

    /// <summary>How much the clauses its terms bring multiply the baseline breakdown hazard (<see cref="CeasefireSettings.HazardRatioOf(System.ReadOnlySpan{int})"/>; 1 without them).</summary>
    public double HazardRatio { get; }

    /// <summary>The share of food need met under the text (NaN without a humanitarian model).</summary>
    public double NeedMet { get; }

    /// <summary>Evaluates the text with index <paramref name="code"/> under <paramref name="problem"/>.</summary>
    public static AgreedText Build(Scenario scenario, WarSettings war, BargainingProblem problem, long code)
    {
        var space = problem.Space;
        var digits = new int[space.IssueCount];
        space.Decode(code, digits);
        var outcome = new Outcome(digits.ToImmutableArray());
        var terms = new double[space.IssueCount];
        for (var i = 0; i < terms.Length; i++)
        {
            terms[i] = space.Issues[i].NumericValue(digits[i]);
        }
        var permanent = scenario.Permanence is { } perm && perm.PermanentValues.Contains(digits[perm.Issue]);
        double gap = 0, needMet = double.NaN;
        if (scenario.Humanitarian is { } humanitarian)
        {
            var state = HumanitarianModel.Evaluate(humanitarian, scenario.Aid.TermsOf(space, outcome));
            gap = state.Signal.Gap;
            needMet = state.ShareOfNeedMet;
        }
        return new AgreedText(code, outcome.ValueIndices, problem.Profiles[0].Utility(digits), problem.Profiles[1].Utility(digits), terms, permanent, gap, needMet, war.Ceasefire.HazardRatioOf(digits));
    }
}
