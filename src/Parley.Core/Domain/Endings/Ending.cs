namespace Parley.Domain.Endings;

/// <summary>
/// How a war (one simulated run) ended: the classification of issue 4 section 4, after Pillar's
/// (1983) typology of war endings as carried by Walter (1997). The order is the order used in
/// summaries and exports. The exact list and order of Pillar's own table were not verified.
/// </summary>
public enum Ending : byte
{
    /// <summary>The belligerents agreed terms at the table and the agreement ended the war.</summary>
    NegotiatedSettlement = 0,

    /// <summary>A ceasefire or armistice was agreed and still held at the end of the horizon.</summary>
    CeasefireHeld = 1,

    /// <summary>A ceasefire was agreed and then broken; the run record says what came after.</summary>
    CeasefireCollapsed = 2,

    /// <summary>One side gave up (its will or capability collapsed) and accepted the other's terms.</summary>
    Capitulation = 3,

    /// <summary>One side won on the battlefield: it took all the territory or crossed the other's threshold.</summary>
    MilitaryVictory = 4,

    /// <summary>The losing side was destroyed or its population driven out (an unlimited war aim achieved).</summary>
    ExterminationOrExpulsion = 5,

    /// <summary>One side withdrew from the contested territory without an agreement.</summary>
    Withdrawal = 6,

    /// <summary>The war was still going on when the simulated horizon ran out.</summary>
    StalemateAtHorizon = 7,
}
