using System.ComponentModel;
using System.Globalization;
using Parley.Cli.Infrastructure;
using Parley.Data;
using Spectre.Console.Cli;

namespace Parley.Cli.Commands.Data;

/// <summary>Options every <c>parley data</c> command takes.</summary>
public class DataSettings : CommandSettings
{
    /// <summary>The data directory (else PARLEY_DATA, else ../shared/datasets above the working or program directory).</summary>
    [CommandOption("--data <DIR>")]
    [Description("Folder holding the dataset folders (else $PARLEY_DATA, else shared/datasets above the current or program folder).")]
    public string? Data { get; init; }

    /// <summary>text, json or csv.</summary>
    [CommandOption("--format <FORMAT>")]
    [Description("Output format: text (tables), json or csv.")]
    [DefaultValue("text")]
    public string Format { get; init; } = "text";

    /// <summary>Confidence level of intervals.</summary>
    [CommandOption("--confidence <LEVEL>")]
    [Description("Confidence level of the intervals, e.g. 0.95.")]
    [DefaultValue(0.95)]
    public double Confidence { get; init; } = 0.95;

    /// <summary>The parsed output format.</summary>
    public OutputFormat OutputFormat => OutputFormats.Parse(Format);

    /// <summary>Locates the data directory from <see cref="Data"/>, PARLEY_DATA or the ancestors.</summary>
    public DataDirectory Locate() => DataDirectory.Locate(Data);

    /// <summary>Checks the options that every data command shares.</summary>
    public void Check()
    {
        _ = OutputFormat;
        if (!(Confidence is > 0 and < 1))
        {
            throw new CliException(string.Create(CultureInfo.InvariantCulture, $"--confidence {Confidence} is out of range: use a level between 0 and 1, e.g. 0.95"));
        }
    }
}
