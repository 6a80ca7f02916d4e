namespace Parley.Domain.Texts;

/// <summary>How precisely a clause of an agreement text fixes its issue.</summary>
public enum ClausePrecision
{
    /// <summary>One value ("600 trucks a day").</summary>
    Precise,

    /// <summary>A range of values, each equally likely to be how it is carried out ("400 to 600 trucks a day").</summary>
    Bounded,

    /// <summary>A set of readings with weights ("lines close to those of January").</summary>
    Vague,
}
