using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Parley.Domain;

namespace Parley.Formats.Genius;

/// <summary>
/// Loads a GENIUS XML file with line information and turns every problem into a one-line
/// <see cref="InputException"/> that names the file and, where known, the line and column.
/// </summary>
internal sealed class GeniusXml
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
    };

    private GeniusXml(string path, XElement root)
    {
        Path = path;
        Root = root;
    }

    /// <summary>The file as the caller named it (used in messages).</summary>
    public string Path { get; }

    /// <summary>The root element.</summary>
    public XElement Root { get; }

    /// <summary>Reads and parses <paramref name="path"/>; missing, unreadable or malformed files throw <see cref="InputException"/>.</summary>
    public static GeniusXml Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Directory.Exists(path))
        {
            throw new InputException(path, null, null, "is a directory, not a GENIUS XML file: give the path of the .xml file");
        }
        if (!File.Exists(path))
        {
            throw new InputException(path, null, null, "file not found: check the path");
        }
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 16_384, FileOptions.SequentialScan);
            using var reader = XmlReader.Create(stream, Settings);
            var document = XDocument.Load(reader, LoadOptions.SetLineInfo);
            return new GeniusXml(path, document.Root ?? throw new InputException(path, null, null, "the file has no root element"));
        }
        catch (XmlException e)
        {
            int? line = e.LineNumber > 0 ? e.LineNumber : null;
            int? column = e.LinePosition > 0 ? e.LinePosition : null;
            throw new InputException(path, line, column, $"not well-formed XML: {StripPosition(e.Message)}; fix the markup there", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException(path, null, null, $"cannot read the file ({e.Message.TrimEnd('.')}): check its permissions", e);
        }
    }

    /// <summary>An <see cref="InputException"/> positioned at <paramref name="node"/>.</summary>
    public InputException Error(XObject? node, string problem, Exception? inner = null)
    {
        if (node is IXmlLineInfo info && info.HasLineInfo())
        {
            return new InputException(Path, info.LineNumber, info.LinePosition, problem, inner);
        }
        return new InputException(Path, null, null, problem, inner);
    }

    /// <summary>The value of a required attribute.</summary>
    public string Required(XElement element, string attribute)
    {
        var a = element.Attribute(attribute);
        return a?.Value ?? throw Error(element, $"<{element.Name.LocalName}> has no '{attribute}' attribute: add {attribute}=\"...\"");
    }

    /// <summary>A required attribute parsed as a finite number.</summary>
    public double RequiredNumber(XElement element, string attribute) => Number(element, element.Attribute(attribute), attribute)
        ?? throw Error(element, $"<{element.Name.LocalName}> has no '{attribute}' attribute: add {attribute}=\"<number>\"");

    /// <summary>An optional attribute parsed as a finite number, or null when absent.</summary>
    public double? Number(XElement element, XAttribute? attribute, string name)
    {
        if (attribute is null)
        {
            return null;
        }
        if (TryNumber(attribute.Value, out var value))
        {
            return value;
        }
        throw Error(attribute, $"<{element.Name.LocalName}> has {name}=\"{attribute.Value}\", which is not a finite number: write it like 0.25");
    }

    /// <summary>A required attribute parsed as an integer.</summary>
    public long RequiredInteger(XElement element, string attribute)
    {
        var a = element.Attribute(attribute)
            ?? throw Error(element, $"<{element.Name.LocalName}> has no '{attribute}' attribute: add {attribute}=\"<integer>\"");
        return Integer(element, a);
    }

    /// <summary>An attribute parsed as an integer.</summary>
    public long Integer(XElement element, XAttribute attribute)
    {
        if (long.TryParse(attribute.Value.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }
        throw Error(attribute, $"<{element.Name.LocalName}> has {attribute.Name.LocalName}=\"{attribute.Value}\", which is not an integer: write a whole number");
    }

    /// <summary>Parses a GENIUS number (Java's Double.parseDouble accepts the same plain and exponent forms).</summary>
    public static bool TryNumber(string text, out double value) =>
        double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);

    /// <summary>A warning about <paramref name="node"/>, formatted like an <see cref="InputException"/> message.</summary>
    public string Warning(XObject node, string text) => Error(node, text).Message;

    private static string StripPosition(string message)
    {
        var cut = message.LastIndexOf(" Line ", StringComparison.Ordinal);
        var text = cut > 0 ? message[..cut] : message;
        return text.TrimEnd().TrimEnd('.');
    }
}
