using System.Runtime.CompilerServices;
using Parley.Domain;

namespace Parley.Formats.Genius;

/// <summary>
/// What a GENIUS domain file knows that an <see cref="OutcomeSpace"/> does not: the GENIUS
/// <c>index</c> of each issue, which is how GENIUS pairs a profile's issues and weights with the
/// domain's. Remembered per space built by <see cref="GeniusReader.ReadDomain"/>.
/// </summary>
internal sealed class GeniusDomainInfo
{
    private static readonly ConditionalWeakTable<OutcomeSpace, GeniusDomainInfo> Known = new();
    private readonly Dictionary<long, int> _positionByIndex;

    public GeniusDomainInfo(string path, IReadOnlyList<long> indices, IReadOnlyList<GeniusIssueKind> kinds)
    {
        Path = path;
        Indices = indices;
        Kinds = kinds;
        _positionByIndex = new Dictionary<long, int>(indices.Count);
        for (var i = 0; i < indices.Count; i++)
        {
            _positionByIndex[indices[i]] = i;
        }
    }

    /// <summary>The domain file.</summary>
    public string Path { get; }

    /// <summary>GENIUS index of the issue at each space position.</summary>
    public IReadOnlyList<long> Indices { get; }

    /// <summary>GENIUS type of the issue at each space position.</summary>
    public IReadOnlyList<GeniusIssueKind> Kinds { get; }

    /// <summary>The space position of the issue with GENIUS index <paramref name="index"/>, or -1.</summary>
    public int PositionOf(long index) => _positionByIndex.TryGetValue(index, out var p) ? p : -1;

    /// <summary>Remembers the info for a space.</summary>
    public static void Remember(OutcomeSpace space, GeniusDomainInfo info) => Known.AddOrUpdate(space, info);

    /// <summary>The info for a space read from a GENIUS file, or null for a space built otherwise.</summary>
    public static GeniusDomainInfo? For(OutcomeSpace space) => Known.TryGetValue(space, out var info) ? info : null;
}
