using Parley.Analysis;
using Parley.Cli.Infrastructure;
using Spectre.Console;

namespace Parley.Cli.Commands.Analysis;

/// <summary>
/// Runs an analysis the way a person at a terminal expects of long work: a progress bar while
/// outcomes are enumerated (profiles with cross-issue terms), and Ctrl-C stops it with a one-line
/// message and exit code 130 instead of killing the process.
/// </summary>
internal static class AnalysisSession
{
    /// <summary>Exit code after an interrupted analysis (128 + SIGINT, as shells use).</summary>
    public const int Interrupted = 130;

    /// <summary>Analyses <paramref name="problem"/>; null when the user stopped it.</summary>
    public static AnalysisResult? Run(BargainingProblem problem, AnalysisOptions options, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        void OnCancel(object? sender, ConsoleCancelEventArgs e)
        {
            e.Cancel = true;
            stop.Cancel();
        }
        Console.CancelKeyPress += OnCancel;
        long done = 0;
        long total = 0;
        var watched = options with
        {
            Cancellation = stop.Token,
            EnumerationProgress = (d, t) =>
            {
                Interlocked.Exchange(ref total, t);
                Interlocked.Exchange(ref done, d);
            },
        };
        try
        {
            if (!Terminal.IsInteractive)
            {
                return BargainingAnalysis.Analyze(problem, watched);
            }
            AnalysisResult? result = null;
            AnsiConsole.Progress()
                .AutoClear(true)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
                .Start(ctx =>
                {
                    ProgressTask? task = null;
                    var work = Task.Run(() => BargainingAnalysis.Analyze(problem, watched), CancellationToken.None);
                    while (!work.Wait(100))
                    {
                        var t = Interlocked.Read(ref total);
                        if (t > 0)
                        {
                            task ??= ctx.AddTask("enumerating the outcomes (Ctrl-C stops)", maxValue: t);
                            task.Value = Interlocked.Read(ref done);
                        }
                        ctx.Refresh();
                    }
                    result = work.GetAwaiter().GetResult();
                });
            return result;
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            var t = Interlocked.Read(ref total);
            Console.Error.WriteLine(t > 0
                ? $"parley: stopped: the enumeration was interrupted after {Interlocked.Read(ref done) * 100.0 / t:0.#}% of its work; nothing to report"
                : "parley: stopped: the analysis was interrupted; nothing to report");
            return null;
        }
        finally
        {
            Console.CancelKeyPress -= OnCancel;
        }
    }
}
