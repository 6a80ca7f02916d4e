using System.Collections.Immutable;
using Parley.Domain;
using Parley.Domain.Preferences;

namespace Parley.Conflict.WarProcess.Events;

/// <summary>
/// A term whose worth to a side follows the ground it holds (issue 10, section 4): side
/// <see cref="Side"/>'s value of option <see cref="Value"/> of issue <see cref="Issue"/> is its stated
/// value plus <see cref="Weight"/> × (the share of the contested territory it holds − the share it held
/// at the start), kept in [0, 1]. The ground is counted in bands of the war's
/// <see cref="WarSettings.ControlBand"/>, so that the outcome indices are rebuilt once per band (a
/// regime) and not every round (docs/war-process.md, "Terms tied to the battlefield").
/// </summary>
/// <param name="Side">0 for side A, 1 for side B.</param>
/// <param name="Issue">The issue's index in the outcome space.</param>
/// <param name="Value">The option's value index on that issue.</param>
/// <param name="Weight">The value gained per unit share of territory held beyond the start (negative: worth less).</param>
public readonly record struct ControlTiedTerm(int Side, int Issue, int Value, double Weight)
{
    /// <summary>
    /// The profiles of <paramref name="profiles"/> with every term of <paramref name="terms"/> applied for
    /// side A holding <paramref name="gainA"/> more of the territory than at the start (side B holds that much less).
    /// </summary>
    public static ImmutableArray<PreferenceProfile> Apply(ImmutableArray<PreferenceProfile> profiles, ImmutableArray<ControlTiedTerm> terms, double gainA)
    {
        if (terms.IsDefaultOrEmpty || gainA == 0)
        {
            return profiles;
        }
        var result = profiles.ToBuilder();
        foreach (var term in terms)
        {
            if (term.Weight == 0)
            {
                continue;
            }
            var profile = result[term.Side];
            var inner = profile.ValueFunctions[term.Issue]
                ?? throw new ModelException($"war: a term tied to control moves '{profile.Space.Issues[term.Issue].Name}' for {profile.Name}, which gives that issue no value function");
            var gain = term.Side == 0 ? gainA : -gainA;
            result[term.Side] = profile.WithValueFunction(term.Issue, new ShiftedValueFunction(inner, term.Value, term.Weight * gain));
        }
        return result.MoveToImmutable();
    }
}
