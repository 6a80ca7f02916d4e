using System.ComponentModel;
using Parley.Application;
using Parley.Cli.Infrastructure;
using Parley.ShippedScenarios;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Parley.Cli.Commands.Scenarios;

/// <summary><c>parley scenarios list|export</c>: the scenarios shipped inside the tool.</summary>
public static class ScenariosBranch
{
    /// <summary>Registers the subcommands.</summary>
    public static void Configure(IConfigurator<CommandSettings> branch)
    {
        ArgumentNullException.ThrowIfNull(branch);
        branch.SetDescription("The scenarios shipped inside the tool: list them, or write them out to edit and run");
        branch.AddCommand<ListCommand>("list").WithDescription("List the shipped scenarios with their titles and hypotheses")
            .WithExample("scenarios", "list", "--format", "json");
        branch.AddCommand<ExportCommand>("export").WithDescription("Write every shipped scenario (YAML and geo files) into a folder")
            .WithExample("scenarios", "export", "my-scenarios");
    }

    /// <summary><c>parley scenarios list</c>.</summary>
    public sealed class ListCommand : Command<ListCommand.Settings>
    {
        /// <summary>Options.</summary>
        public sealed class Settings : CommandSettings
        {
            /// <summary>Output format.</summary>
            [CommandOption("--format <FORMAT>")]
            [Description("text (default) or json")]
            public string? Format { get; init; }
        }

        /// <inheritdoc />
        public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(settings);
            var format = OutputFormats.Parse(settings.Format, OutputFormat.Text, OutputFormat.Json);
            var rows = ShippedScenario.Ids.Select(id => (Id: id, Scenario: ScenarioSource.Shipped(id).Load())).ToList();
            if (format == OutputFormat.Json)
            {
                Commands.Data.DataOutput.Json(rows.Select(r => new { r.Id, r.Scenario.Title, Hypotheses = r.Scenario.HypothesisNames }));
                return 0;
            }
            var table = new Table().AddColumns("id", "title", "hypotheses");
            foreach (var (id, scenario) in rows)
            {
                table.AddRow(Markup.Escape(id), Markup.Escape(scenario.Title), Markup.Escape(string.Join(", ", scenario.HypothesisNames)));
            }
            AnsiConsole.Write(table);
            AnsiConsole.MarkupLine(Markup.Escape($"write them out with: parley scenarios export DIR (then: parley run DIR/<id>/{ShippedScenario.MainFile})"));
            return 0;
        }
    }

    /// <summary><c>parley scenarios export DIR</c>.</summary>
    public sealed class ExportCommand : Command<ExportCommand.Settings>
    {
        /// <summary>Options.</summary>
        public sealed class Settings : CommandSettings
        {
            /// <summary>The folder to write into.</summary>
            [CommandArgument(0, "<DIR>")]
            [Description("the folder to write the scenarios into (created if needed)")]
            public string Directory { get; init; } = string.Empty;

            /// <summary>Overwrite existing files.</summary>
            [CommandOption("--force")]
            [Description("overwrite files that already exist")]
            public bool Force { get; init; }
        }

        /// <inheritdoc />
        public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(settings);
            var root = Path.GetFullPath(settings.Directory);
            if (File.Exists(root))
            {
                throw new CliException($"{settings.Directory} is a file: give a folder to write the scenarios into");
            }
            var targets = ShippedScenario.Files.Select(f => (File: f, Path: Path.Combine(root, f))).ToList();
            var existing = targets.Where(t => File.Exists(t.Path)).Select(t => t.File).ToList();
            if (existing.Count > 0 && !settings.Force)
            {
                throw new CliException($"{Path.Combine(settings.Directory, existing[0])} already exists ({existing.Count} file(s) would be overwritten): pass --force or choose another folder");
            }
            foreach (var (file, path) in targets)
            {
                System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                var id = file[..file.IndexOf('/', StringComparison.Ordinal)];
                using var source = ShippedScenario.Open(id, file[(id.Length + 1)..]);
                using var target = File.Create(path);
                source.CopyTo(target);
            }
            Console.Out.WriteLine($"wrote {targets.Count} files of {ShippedScenario.Ids.Length} scenarios ({string.Join(", ", ShippedScenario.Ids)}) into {root}");
            return 0;
        }
    }
}
