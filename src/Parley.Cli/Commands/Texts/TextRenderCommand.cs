using Parley.Cli.Infrastructure;
using Parley.Formats.Texts;
using Spectre.Console.Cli;

namespace Parley.Cli.Commands.Texts;

/// <summary><c>parley text render</c>.</summary>
public sealed class TextRenderCommand : Command<TextSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, TextSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var format = settings.ParsedFormat(TextFormat.Text, TextFormat.Json, TextFormat.Md, TextFormat.Html, TextFormat.Yaml);
        var (_, scenario) = settings.Load();
        var text = TextSettings.Pick(scenario, settings.Text);
        switch (format)
        {
            case TextFormat.Json:
                JsonOutput.Write(new
                {
                    text.Name,
                    Title = text.DisplayTitle,
                    text.Date,
                    text.Source,
                    text.Description,
                    Sections = TextSections.Of(scenario, text),
                });
                break;
            case TextFormat.Yaml:
                Console.Out.Write(TextYaml.Write(scenario, text));
                break;
            case TextFormat.Html:
                Console.Out.Write(TextHtml.Render(scenario, text));
                break;
            default:
                Console.Out.Write(TextMarkdown.Render(scenario, text));
                break;
        }
        return 0;
    }
}
