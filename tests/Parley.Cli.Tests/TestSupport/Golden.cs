using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using Parley.Cli.Infrastructure;

namespace Parley.Cli.Tests.TestSupport;

/// <summary>
/// Golden-file assertions: rendered output is compared, after <see cref="Normalise"/>, with an expected
/// file committed under tests/Parley.Cli.Tests/Expectations/. A difference fails with a line diff.
/// To accept new output, run the tests with <c>PARLEY_UPDATE_GOLDEN=1</c> (which rewrites the expected
/// files instead of comparing) and review <c>git diff tests/Parley.Cli.Tests/Expectations</c>.
/// </summary>
internal static partial class Golden
{
    /// <summary>The environment variable that rewrites the expected files: set it to 1.</summary>
    public const string UpdateVariable = "PARLEY_UPDATE_GOLDEN";

    /// <summary>The folder of expected files, in the source tree (not the build output).</summary>
    public static string Directory => TestFiles.Repo("tests", "Parley.Cli.Tests", "Expectations");

    /// <summary>Asserts that <paramref name="actual"/>, normalised, equals the expected file <paramref name="name"/>.</summary>
    public static void Match(string name, string actual)
    {
        var path = Path.Combine(Directory, name);
        var normalised = Normalise(actual);
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            System.IO.Directory.CreateDirectory(Directory);
            File.WriteAllText(path, normalised);
            return;
        }
        if (!File.Exists(path))
        {
            Assert.Fail($"no expected file {path}: run the tests with {UpdateVariable}=1 to write it, then review and commit it");
        }
        var expected = File.ReadAllText(path).ReplaceLineEndings("\n");
        if (expected != normalised)
        {
            Assert.Fail($"the output differs from tests/Parley.Cli.Tests/Expectations/{name} (- expected, + actual). "
                + $"If the change is intended, run the tests with {UpdateVariable}=1 and review git diff.\n{Diff(expected, normalised)}");
        }
    }

    /// <summary>
    /// The one place where volatile parts of an output are made stable before comparison:
    /// <list type="bullet">
    /// <item>line ends become LF, trailing spaces and tabs are cut from each line, and the text ends with one LF;</item>
    /// <item>absolute paths: ../shared beside the checkout becomes <c>&lt;shared&gt;</c>, the checkout <c>&lt;repo&gt;</c>, the temporary folder <c>&lt;temp&gt;</c> (with / as the separator after them);</item>
    /// <item>Parley's version (the informational version of Parley.Cli) becomes <c>&lt;version&gt;</c>;</item>
    /// <item>on a line that mentions elapsed time, durations such as <c>12.4 s</c> or <c>850 ms</c> become <c>&lt;elapsed&gt;</c>.</item>
    /// </list>
    /// Everything else (numbers from fixed seeds included) must match exactly.
    /// </summary>
    public static string Normalise(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = text.ReplaceLineEndings("\n");
        var shared = Path.Combine(Path.GetDirectoryName(TestFiles.RepoRoot)!, "shared");
        foreach (var (path, token) in new[] { (shared, "<shared>"), (TestFiles.RepoRoot, "<repo>"), (Path.GetTempPath().TrimEnd(Path.DirectorySeparatorChar), "<temp>") })
        {
            result = PathPattern(path).Replace(result, m => token + m.Groups["rest"].Value.Replace('\\', '/'));
        }
        if (Version is { Length: > 0 } version)
        {
            result = result.Replace(version, "<version>", StringComparison.Ordinal);
        }
        var lines = result.Split('\n').Select(line => line.TrimEnd(' ', '\t'));
        lines = lines.Select(line => line.Contains("elapsed", StringComparison.OrdinalIgnoreCase) ? Duration().Replace(line, "<elapsed>") : line);
        return string.Join('\n', lines).TrimEnd('\n') + "\n";
    }

    /// <summary>A line diff of two texts: the changed region with three lines of context, at most 80 lines.</summary>
    public static string Diff(string expected, string actual)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        var prefix = 0;
        while (prefix < a.Length && prefix < b.Length && a[prefix] == b[prefix])
        {
            prefix++;
        }
        var suffix = 0;
        while (suffix < a.Length - prefix && suffix < b.Length - prefix && a[^(suffix + 1)] == b[^(suffix + 1)])
        {
            suffix++;
        }
        var oldLines = a[prefix..(a.Length - suffix)];
        var newLines = b[prefix..(b.Length - suffix)];
        var edits = new List<string>();
        for (var i = Math.Max(0, prefix - 3); i < prefix; i++)
        {
            edits.Add("  " + a[i]);
        }
        edits.AddRange(MiddleDiff(oldLines, newLines));
        for (var i = a.Length - suffix; i < Math.Min(a.Length, a.Length - suffix + 3); i++)
        {
            edits.Add("  " + a[i]);
        }
        var text = new StringBuilder($"@@ from line {prefix + 1}: {oldLines.Length} expected line(s), {newLines.Length} actual line(s) @@\n");
        foreach (var edit in edits.Take(80))
        {
            text.Append(edit).Append('\n');
        }
        if (edits.Count > 80)
        {
            text.Append($"... {edits.Count - 80} more diff lines\n");
        }
        return text.ToString();
    }

    // The longest common subsequence of the changed middle, when small enough; otherwise all - then all +.
    private static List<string> MiddleDiff(string[] a, string[] b)
    {
        var edits = new List<string>();
        if ((long)a.Length * b.Length > 4_000_000)
        {
            edits.AddRange(a.Select(l => "- " + l));
            edits.AddRange(b.Select(l => "+ " + l));
            return edits;
        }
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }
        var (x, y) = (0, 0);
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y])
            {
                edits.Add("  " + a[x]);
                (x, y) = (x + 1, y + 1);
            }
            else if (x < a.Length && (y == b.Length || lcs[x + 1, y] >= lcs[x, y + 1]))
            {
                edits.Add("- " + a[x++]);
            }
            else
            {
                edits.Add("+ " + b[y++]);
            }
        }
        return edits;
    }

    private static string? Version =>
        typeof(ParleyApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;

    private static Regex PathPattern(string path) =>
        new(Regex.Escape(path) + @"(?<rest>[/\\][^\s""'<>]*)?(?![\w.-])", RegexOptions.CultureInvariant);

    [GeneratedRegex(@"\b\d+(?:\.\d+)?\s?(?:ms|s)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Duration();
}
