using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Parley.Formats.Json;

/// <summary>The JSON settings every host writes with (camelCase, indented, nulls written), so the command line and the web API give the same text.</summary>
public static class JsonConventions
{
    /// <summary>The serializer options.</summary>
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    /// <summary><paramref name="value"/> as JSON text with these settings (no trailing line end).</summary>
    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);
}
