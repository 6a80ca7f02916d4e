using System.ComponentModel;
using Spectre.Console.Cli;

namespace Parley.Cli.Commands.Store;

/// <summary>The <c>--store</c> option of the <c>runs</c> commands.</summary>
public class StoreSettings : CommandSettings
{
    /// <summary>--store TARGET.</summary>
    [CommandOption("--store <TARGET>")]
    [Description(StoreOption.Help)]
    public string? Store { get; init; }
}
