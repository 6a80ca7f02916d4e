using Parley.Formats.Genius;

namespace Parley.Cli.Infrastructure;

/// <summary>Loads a GENIUS domain and its profiles; parties are named after their profile files.</summary>
public static class GeniusDomainLoader
{
    /// <summary>Loads <c>domain.xml profile.xml profile.xml [...]</c>.</summary>
    public static LoadedDomain Load(IReadOnlyList<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        if (paths.Count < 3)
        {
            throw new CliException("a GENIUS domain needs the domain file and at least two profiles: domain.xml profile.xml profile.xml");
        }
        var space = GeniusReader.ReadDomain(paths[0]);
        var names = new List<string>();
        var profiles = new List<Domain.Preferences.PreferenceProfile>();
        foreach (var path in paths.Skip(1))
        {
            var name = Path.GetFileNameWithoutExtension(path);
            var unique = name;
            for (var k = 2; names.Contains(unique); k++)
            {
                unique = $"{name}#{k}";
            }
            names.Add(unique);
            var file = GeniusReader.ReadProfile(space, path, unique);
            Warnings.Print(file.Warnings);
            profiles.Add(file.Profile);
        }
        return new LoadedDomain(Path.GetFileNameWithoutExtension(paths[0]), space, [.. names], [.. profiles], null);
    }
}
