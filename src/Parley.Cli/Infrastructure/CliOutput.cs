using Spectre.Console;

namespace Parley.Cli.Infrastructure;

/// <summary>
/// Where one in-process run of the app writes: a Spectre console whose writer is standard output, and
/// a writer for standard error. The <c>parley</c> process writes to the real console instead.
/// </summary>
/// <param name="Console">Standard output as a Spectre console (a <c>TestConsole</c> in tests).</param>
/// <param name="Error">Standard error.</param>
/// <param name="Piped">True when the run stands for output to a pipe or file: tables are written as TSV (<see cref="TsvConsole"/>).</param>
public sealed record CliOutput(IAnsiConsole Console, TextWriter Error, bool Piped = false)
{
    /// <summary>Standard output: the writer under <see cref="Console"/>, so plain writes and tables interleave in order.</summary>
    public TextWriter Out => Console.Profile.Out.Writer;
}
