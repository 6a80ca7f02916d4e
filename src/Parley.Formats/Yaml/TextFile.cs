using System.Text;
using Parley.Domain;

namespace Parley.Formats.Yaml;

/// <summary>
/// Reads a text file whatever Unicode encoding it was saved in: UTF-8 (with or without a byte-order
/// mark), UTF-16 and UTF-32 with a byte-order mark, and UTF-16 without one (recognised by its zero
/// bytes). Anything else that is not valid UTF-8 is an error that says so.
/// </summary>
public static class TextFile
{
    /// <summary>Reads <paramref name="path"/>; a missing, oversized or undecodable file throws <see cref="InputException"/>.</summary>
    public static string Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new InputException(path, null, null, "file not found: check the path");
        }
        var length = new FileInfo(path).Length;
        if (length > 4L * YamlLimits.MaxCharacters)
        {
            throw new InputException(path, null, null, $"the file is {length / (1024 * 1024)} MB, more than a scenario may be: check that it is the right file");
        }
        return Decode(File.ReadAllBytes(path), path);
    }

    /// <summary>Decodes <paramref name="bytes"/> as described on the type; <paramref name="file"/> names it in messages.</summary>
    public static string Decode(byte[] bytes, string file)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var bom = BomEncoding(bytes, out var skip);
        if (bom is not null)
        {
            return bom.GetString(bytes, skip, bytes.Length - skip);
        }
        if (bytes.Length >= 2 && bytes.Length % 2 == 0)
        {
            var zeroEven = CountZeros(bytes, 0);
            var zeroOdd = CountZeros(bytes, 1);
            var half = bytes.Length / 2;
            if (zeroOdd > half / 2 && zeroEven == 0)
            {
                return Encoding.Unicode.GetString(bytes);
            }
            if (zeroEven > half / 2 && zeroOdd == 0)
            {
                return Encoding.BigEndianUnicode.GetString(bytes);
            }
        }
        try
        {
            return new UTF8Encoding(false, true).GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            throw new InputException(file, null, null,
                $"the file is not UTF-8 text (byte {ex.Index} cannot be decoded): save it as UTF-8", ex);
        }
    }

    private static Encoding? BomEncoding(byte[] b, out int skip)
    {
        (Encoding? encoding, skip) = b switch
        {
            [0xFF, 0xFE, 0, 0, ..] => (new UTF32Encoding(false, true), 4),
            [0, 0, 0xFE, 0xFF, ..] => (new UTF32Encoding(true, true), 4),
            [0xEF, 0xBB, 0xBF, ..] => (new UTF8Encoding(false, true), 3),
            [0xFF, 0xFE, ..] => (Encoding.Unicode, 2),
            [0xFE, 0xFF, ..] => (Encoding.BigEndianUnicode, 2),
            _ => ((Encoding?)null, 0),
        };
        return encoding;
    }

    private static int CountZeros(byte[] bytes, int parity)
    {
        var n = 0;
        for (var i = parity; i < bytes.Length; i += 2)
        {
            n += bytes[i] == 0 ? 1 : 0;
        }
        return n;
    }
}
