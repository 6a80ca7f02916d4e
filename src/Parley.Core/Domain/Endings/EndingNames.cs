using System.Diagnostics.CodeAnalysis;

namespace Parley.Domain.Endings;

/// <summary>
/// The one spelling of every <see cref="Ending"/> and <see cref="Side"/> used in JSON keys, CSV and
/// Parquet cells and on the command line (kebab-case, like the model names), and the groupings
/// summaries need.
/// </summary>
public static class EndingNames
{
    private static readonly string[] Names =
    [
        "negotiated-settlement",
        "ceasefire-held",
        "ceasefire-collapsed",
        "capitulation",
        "military-victory",
        "extermination-expulsion",
        "withdrawal",
        "stalemate",
    ];

    /// <summary>Every ending, in summary order.</summary>
    public static IReadOnlyList<Ending> All { get; } = Enum.GetValues<Ending>();

    /// <summary>The kebab-case name of <paramref name="ending"/>, e.g. <c>military-victory</c>.</summary>
    public static string Name(Ending ending) => (int)ending < Names.Length
        ? Names[(int)ending]
        : throw new ArgumentOutOfRangeException(nameof(ending), ending, "not a defined ending");

    /// <summary>The name of a side: <c>a</c>, <c>b</c>, or null for <see cref="Side.None"/>.</summary>
    public static string? Name(Side side) => side switch
    {
        Side.A => "a",
        Side.B => "b",
        Side.None => null,
        _ => throw new ArgumentOutOfRangeException(nameof(side), side, "not a defined side"),
    };

    /// <summary>Parses a kebab-case ending name (case-insensitive).</summary>
    public static bool TryParse(string? name, [NotNullWhen(true)] out Ending? ending)
    {
        for (var i = 0; i < Names.Length; i++)
        {
            if (string.Equals(Names[i], name, StringComparison.OrdinalIgnoreCase))
            {
                ending = (Ending)i;
                return true;
            }
        }
        ending = null;
        return false;
    }

    /// <summary>True for endings reached by an agreement at the table (settlement or a ceasefire, held or not).</summary>
    public static bool IsAgreement(Ending ending) =>
        ending is Ending.NegotiatedSettlement or Ending.CeasefireHeld or Ending.CeasefireCollapsed;

    /// <summary>True for endings decided by force, in which one side prevails over the other.</summary>
    public static bool IsDecisive(Ending ending) =>
        ending is Ending.Capitulation or Ending.MilitaryVictory or Ending.ExterminationOrExpulsion or Ending.Withdrawal;
}
