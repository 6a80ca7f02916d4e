namespace Parley.Cli.Tests.TestSupport;

/// <summary>What one run of <c>parley</c> gave: exit code, standard output and standard error.</summary>
internal sealed record CliResult(int ExitCode, string Stdout, string Stderr);
