using System.Text.Json;
using Parley.Formats.Json;

namespace Parley.Cli.Infrastructure;

/// <summary>JSON settings shared by every command: camelCase, indented, nulls written (<see cref="JsonConventions"/>).</summary>
public static class JsonOutput
{
    /// <summary>The serializer options.</summary>
    public static JsonSerializerOptions Options => JsonConventions.Options;

    /// <summary>Writes <paramref name="value"/> as JSON to standard output.</summary>
    public static void Write<T>(T value)
    {
        Console.Out.WriteLine(JsonConventions.Serialize(value));
    }
}
