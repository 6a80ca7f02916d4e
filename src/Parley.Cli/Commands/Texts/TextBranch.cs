using Spectre.Console.Cli;

namespace Parley.Cli.Commands.Texts;

/// <summary><c>parley text list|render|audit|diff</c>: a scenario's agreement texts.</summary>
public static class TextBranch
{
    /// <summary>Registers the subcommands.</summary>
    public static void Configure(IConfigurator<CommandSettings> branch)
    {
        ArgumentNullException.ThrowIfNull(branch);
        branch.SetDescription("A scenario's agreement texts: list, render with clause numbers, audit (vague clauses, DPPA checklist, durability), compare");
        branch.AddCommand<TextListCommand>("list").WithDescription("List the texts with their phases and clauses")
            .WithExample("text", "list", "gaza-2025", "--format", "json");
        branch.AddCommand<TextRenderCommand>("render").WithDescription("Render a text with its clause numbers as text, Markdown, HTML or JSON")
            .WithExample("text", "render", "gaza-2025", "--text", "January 2025 agreement", "--format", "md");
        branch.AddCommand<TextAuditCommand>("audit").WithDescription("Audit a text: vague clauses, each side's utility spread, the value of clarifying each, what the DPPA checklist finds missing, durability")
            .WithExample("text", "audit", "gaza-2025", "--text", "framework", "--format", "json");
        branch.AddCommand<TextDiffCommand>("diff").WithDescription("Compare --text with --against: issue by issue, side by side, phases, exchanges, features")
            .WithExample("text", "diff", "gaza-2025", "--text", "Hamas amendments July 2025", "--against", "framework");
    }
}
