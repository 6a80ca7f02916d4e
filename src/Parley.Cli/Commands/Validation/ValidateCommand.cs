using System.ComponentModel;
using System.Globalization;
using Parley.Cli.Infrastructure;
using Parley.Formats;
using Parley.Formats.Genius;
using Parley.Formats.Scenario;
using Spectre.Console;
using Spectre.Console.Cli;
using Parley.Domain;

namespace Parley.Cli.Commands.Validation;

/// <summary><c>parley validate &lt;file&gt;</c>: load a file with every check and report the first problem, or what it holds.</summary>
public sealed class ValidateCommand : Command<ValidateCommand.Settings>
{
    /// <summary>Arguments.</summary>
    public sealed class Settings : CommandSettings
    {
        /// <summary>The file to check.</summary>
        [CommandArgument(0, "<file>")]
        [Description("A Parley scenario (.yaml) or a GENIUS domain or profile (.xml).")]
        public string File { get; init; } = "";
    }

    /// <inheritdoc />
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var path = settings.File;
        var console = Terminal.Create();
        if (path.EndsWith(".xml", StringComparison.OrdinalIgnoreCase))
        {
            var space = GeniusReader.ReadDomain(path);
            var text = System.IO.File.ReadAllText(path);
            var detail = $"{space.IssueCount} issues, {space.Count.ToString("N0", CultureInfo.InvariantCulture)} outcomes";
            if (text.Contains("<weight", StringComparison.Ordinal))
            {
                var profile = GeniusReader.ReadProfile(space, path);
                detail += $"; a profile with reservation value {profile.ReservationValue.ToString(CultureInfo.InvariantCulture)}";
                foreach (var warning in profile.Warnings)
                {
                    console.MarkupLineInterpolated($"[yellow]warning[/] {path}: {warning}");
                }
            }
            console.MarkupLineInterpolated($"[green]ok[/] {path}: GENIUS file, {detail}");
            return 0;
        }
        if (!path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) && !path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
        {
            throw new InputException(path, null, null, "unknown file type: give a scenario (.yaml) or a GENIUS file (.xml)");
        }
        var scenario = ScenarioReader.ReadFile(path);
        foreach (var warning in scenario.Warnings)
        {
            console.MarkupLineInterpolated($"[yellow]warning[/] {warning}");
        }
        var numbers = ScenarioNumbers.Of(Formats.Yaml.YamlToJson.Parse(Formats.Yaml.TextFile.Read(path), path));
        var sourced = numbers.Count(n => n.Basis == NumberBasis.Sourced);
        var assumed = numbers.Count(n => n.Basis == NumberBasis.Assumed);
        var bare = numbers.Where(n => n.Basis == NumberBasis.Bare).ToList();
        console.MarkupLineInterpolated(
            $"[green]ok[/] {path}: {scenario.Space.IssueCount} issues, {scenario.Parties.Length} parties, {scenario.Space.Count.ToString("N0", CultureInfo.InvariantCulture)} outcomes, {scenario.Sources.Length} sources");
        console.MarkupLineInterpolated($"   numbers: {sourced} cite a source, {assumed} are marked as assumptions, {bare.Count} have no citation");
        foreach (var section in numbers.GroupBy(n => n.Section))
        {
            console.MarkupLineInterpolated($"     {section.Key}: {section.Count(n => n.Basis == NumberBasis.Sourced)} sourced, {section.Count(n => n.Basis == NumberBasis.Assumed)} assumed, {section.Count(n => n.Basis == NumberBasis.Bare)} bare");
        }
        foreach (var n in bare)
        {
            console.MarkupLineInterpolated($"[yellow]bare number[/] {path}:{n.Line}:{n.Column} {n.Pointer} = {n.Value.ToString(CultureInfo.InvariantCulture)}: cite a source ({{ value: N, source: ID, quote: ... }}) or mark it ({{ value: N, assumption: why }})");
        }
        if (bare.Count > 0)
        {
            return 1;
        }
        return 0;
    }
}
