using System.Text;
using System.Text.Json;

namespace Parley.Cli.Commands.Models;

/// <summary>Writes indented JSON with LF line ends to standard output.</summary>
internal static class JsonText
{
    public static string Build(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, NewLine = "\n" }))
        {
            write(writer);
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    public static void Print(string json)
    {
        Console.Out.Write(json);
        Console.Out.Write('\n');
        Console.Out.Flush();
    }

    public static void NumberOrNull(Utf8JsonWriter writer, string name, double value)
    {
        if (double.IsFinite(value))
        {
            writer.WriteNumber(name, value);
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}
