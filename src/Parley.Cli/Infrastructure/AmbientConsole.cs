using System.Text;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Parley.Cli.Infrastructure;

/// <summary>
/// Routes the process-wide console (<see cref="System.Console.Out"/>, <see cref="System.Console.Error"/>
/// and <see cref="AnsiConsole.Console"/>, which commands write to) to the <see cref="CliOutput"/> of the
/// in-process run on the current async flow, so that runs on parallel threads (tests, a web host) each
/// capture their own output. Flows outside a run keep the real console. Installed by the first
/// in-process run only: the <c>parley</c> process never installs it and writes exactly as before.
/// </summary>
internal static class AmbientConsole
{
    private static readonly AsyncLocal<CliOutput?> Ambient = new();
    private static readonly Lock Gate = new();
    private static bool _installed;

    /// <summary>The output of the in-process run on this flow, or null in the <c>parley</c> process.</summary>
    public static CliOutput? Current => Ambient.Value;

    /// <summary>Makes <paramref name="output"/> the console of this flow until the result is disposed.</summary>
    public static Scope Enter(CliOutput output)
    {
        Install();
        var previous = Ambient.Value;
        Ambient.Value = output;
        return new Scope(previous);
    }

    private static void Install()
    {
        lock (Gate)
        {
            if (_installed)
            {
                return;
            }
            var ansi = AnsiConsole.Console;
            var stdout = System.Console.Out;
            var stderr = System.Console.Error;
            System.Console.SetOut(new RoutingWriter(static () => Current?.Out, stdout));
            System.Console.SetError(new RoutingWriter(static () => Current?.Error, stderr));
            AnsiConsole.Console = new RoutingAnsiConsole(ansi);
            _installed = true;
        }
    }

    /// <summary>Restores the previous console of the flow.</summary>
    internal readonly struct Scope(CliOutput? previous) : IDisposable
    {
        public void Dispose() => Ambient.Value = previous;
    }

    /// <summary>A writer that forwards to the current run's writer, or to the real one outside runs.</summary>
    private sealed class RoutingWriter(Func<TextWriter?> current, TextWriter fallback) : TextWriter
    {
        private TextWriter Target => current() ?? fallback;

        public override Encoding Encoding => Target.Encoding;

        public override IFormatProvider FormatProvider => Target.FormatProvider;

        public override void Write(char value) => Target.Write(value);

        public override void Write(string? value) => Target.Write(value);

        public override void Write(char[] buffer, int index, int count) => Target.Write(buffer, index, count);

        public override void Write(ReadOnlySpan<char> buffer) => Target.Write(buffer);

        public override void WriteLine() => Target.WriteLine();

        public override void WriteLine(string? value) => Target.WriteLine(value);

        public override void WriteLine(ReadOnlySpan<char> buffer) => Target.WriteLine(buffer);

        public override void Flush() => Target.Flush();
    }

    /// <summary>A Spectre console that forwards to the current run's console, or to the real one outside runs.</summary>
    private sealed class RoutingAnsiConsole(IAnsiConsole fallback) : IAnsiConsole
    {
        private static IAnsiConsole? Routed => Current?.Console;

        private IAnsiConsole Target => Routed ?? fallback;

        public Profile Profile => Target.Profile;

        public IAnsiConsoleCursor Cursor => Target.Cursor;

        public IAnsiConsoleInput Input => Target.Input;

        public IExclusivityMode ExclusivityMode => Target.ExclusivityMode;

        public RenderPipeline Pipeline => Target.Pipeline;

        public void Clear(bool home) => Target.Clear(home);

        public void Write(IRenderable renderable) => Target.Write(renderable);

        public void WriteAnsi(Action<AnsiWriter> action) => Target.WriteAnsi(action);
    }
}
