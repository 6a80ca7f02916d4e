using System.Runtime.InteropServices;
using Parley.Domain.Endings;
using Parley.Domain;

namespace Parley.Simulation;

/// <summary>
/// What happened in one simulated war, in the fields every run model shares: how it ended, who
/// prevailed, how long it lasted, what it cost and, for agreements, when it was reached and how long a
/// ceasefire held. Model-specific numbers (agreed terms, final beliefs, a drawn type) travel beside it
/// in the run's value row (<see cref="IRunModel.Columns"/>). A 56-byte value (auto layout): a million
/// runs fit in 56 MB. Not-applicable times are <see cref="double.NaN"/>.
/// </summary>
[StructLayout(LayoutKind.Auto)]
public readonly record struct RunRecord
{
    /// <summary>Creates a record and checks that its fields fit together.</summary>
    /// <param name="ending">How the run ended.</param>
    /// <param name="prevailing">The side the ending favours: the victor of a military victory, the side that
    /// did not capitulate or withdraw, the perpetrator of an extermination or expulsion; <see cref="Side.None"/>
    /// for agreements and stalemates.</param>
    /// <param name="rounds">Rounds of fighting before the end (0 when the first offer was accepted).</param>
    /// <param name="days">Days from the start to the end of the run.</param>
    /// <param name="casualtiesA">Casualties (war costs, in the model's units) suffered by side A.</param>
    /// <param name="casualtiesB">Casualties suffered by side B.</param>
    /// <param name="agreementDay">Day the (first) agreement was reached, or NaN when there was none.</param>
    /// <param name="ceasefireDays">Days a ceasefire held (to its collapse or to the horizon), or NaN when there was none.</param>
    /// <param name="brokenBy">Who broke the ceasefire (only for <see cref="Ending.CeasefireCollapsed"/>).</param>
    /// <param name="followedBy">What followed a collapsed ceasefire (only for <see cref="Ending.CeasefireCollapsed"/>).</param>
    public RunRecord(
        Ending ending,
        Side prevailing,
        int rounds,
        double days,
        double casualtiesA,
        double casualtiesB,
        double agreementDay = double.NaN,
        double ceasefireDays = double.NaN,
        Side brokenBy = Side.None,
        Ending? followedBy = null)
    {
        if (rounds < 0 || !(days >= 0) || !(casualtiesA >= 0) || !(casualtiesB >= 0))
        {
            throw new ModelException($"run record with rounds {rounds}, days {days}, casualties {casualtiesA}/{casualtiesB}: all must be non-negative numbers");
        }
        var decided = ending == Ending.CeasefireCollapsed && followedBy is { } after ? after : ending;
        if (EndingNames.IsDecisive(decided) != (prevailing != Side.None))
        {
            throw new ModelException($"ending {EndingNames.Name(ending)} with prevailing side {prevailing}: decisive endings name the side that prevailed, others name none");
        }
        if (EndingNames.IsAgreement(ending) == double.IsNaN(agreementDay))
        {
            throw new ModelException($"ending {EndingNames.Name(ending)} with agreement day {agreementDay}: agreements (and ceasefires) have a day, other endings NaN");
        }
        // Ceasefires always have a duration; a settlement may have one (a war process that follows
        // the agreed text to the horizon) or not (a formal model that stops at agreement).
        var isCeasefire = ending is Ending.CeasefireHeld or Ending.CeasefireCollapsed;
        var durationOk = isCeasefire ? !double.IsNaN(ceasefireDays) : ending == Ending.NegotiatedSettlement || double.IsNaN(ceasefireDays);
        if (!durationOk || (ending != Ending.CeasefireCollapsed && (brokenBy != Side.None || followedBy is not null)))
        {
            throw new ModelException($"ending {EndingNames.Name(ending)}: only ceasefires and settlements have ceasefire days, and only collapsed ones a breaker and a sequel");
        }
        Ending = ending;
        Prevailing = prevailing;
        Rounds = rounds;
        Days = days;
        CasualtiesA = casualtiesA;
        CasualtiesB = casualtiesB;
        AgreementDay = agreementDay;
        CeasefireDays = ceasefireDays;
        BrokenBy = brokenBy;
        FollowedBy = followedBy;
    }

    /// <summary>How the run ended.</summary>
    public Ending Ending { get; }

    /// <summary>The side the ending favours (see the constructor), or <see cref="Side.None"/>.</summary>
    public Side Prevailing { get; }

    /// <summary>Rounds of fighting.</summary>
    public int Rounds { get; }

    /// <summary>Days from the start to the end of the run.</summary>
    public double Days { get; }

    /// <summary>Casualties (war costs in the model's units) of side A.</summary>
    public double CasualtiesA { get; }

    /// <summary>Casualties of side B.</summary>
    public double CasualtiesB { get; }

    /// <summary>Day the agreement was reached, NaN without one.</summary>
    public double AgreementDay { get; }

    /// <summary>Days the ceasefire held, NaN without one.</summary>
    public double CeasefireDays { get; }

    /// <summary>Who broke the ceasefire first.</summary>
    public Side BrokenBy { get; }

    /// <summary>What followed a collapsed ceasefire.</summary>
    public Ending? FollowedBy { get; }

    /// <summary>Total casualties of both sides.</summary>
    public double CasualtiesTotal => CasualtiesA + CasualtiesB;

    /// <summary>A negotiated settlement reached after <paramref name="rounds"/> rounds, on day <paramref name="days"/>.</summary>
    public static RunRecord Settlement(int rounds, double days, double casualtiesA, double casualtiesB) =>
        new(Ending.NegotiatedSettlement, Side.None, rounds, days, casualtiesA, casualtiesB, agreementDay: days);

    /// <summary>A decisive ending (<paramref name="ending"/> must be decisive) in favour of <paramref name="prevailing"/>.</summary>
    public static RunRecord Decisive(Ending ending, Side prevailing, int rounds, double days, double casualtiesA, double casualtiesB) =>
        new(ending, prevailing, rounds, days, casualtiesA, casualtiesB);

    /// <summary>The war was still going on at the horizon.</summary>
    public static RunRecord Stalemate(int rounds, double days, double casualtiesA, double casualtiesB) =>
        new(Ending.StalemateAtHorizon, Side.None, rounds, days, casualtiesA, casualtiesB);
}
