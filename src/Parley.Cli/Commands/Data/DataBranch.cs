using Spectre.Console.Cli;

namespace Parley.Cli.Commands.Data;

/// <summary>The <c>parley data</c> branch: registered in ParleyApp with <c>config.AddBranch("data", DataBranch.Configure)</c>.</summary>
public static class DataBranch
{
    /// <summary>Adds the data commands to the branch.</summary>
    public static void Configure(IConfigurator<CommandSettings> d)
    {
        ArgumentNullException.ThrowIfNull(d);
        d.SetDescription("Conflict datasets: sources, base rates of war endings, ceasefire survival, agreement content.");
        d.AddCommand<SourcesCommand>("sources").WithDescription("List each dataset's producer, citation, version and download location.");
        d.AddCommand<SummaryCommand>("summary").WithDescription("Load every dataset and show what it holds.");
        d.AddCommand<EndingsCommand>("endings").WithDescription("Base rates of war endings by war type and era.")
            .WithExample("data", "endings", "--by", "type,era", "--format", "csv");
        d.AddCommand<DurationsCommand>("durations").WithDescription("War duration distributions.");
        d.AddCommand<CeasefiresCommand>("ceasefires").WithDescription("Ceasefire survival: Kaplan-Meier, log-rank tests, hazards.")
            .WithExample("data", "ceasefires", "--by", "written,mediator_nego");
        d.AddCommand<AgreementsCommand>("agreements").WithDescription("What peace agreements contain; the Israel/Palestine agreements in PA-X.");
        d.AddCommand<HazardCommand>("hazard").WithDescription("The ceasefire hazard a scenario gets from hazard: from-data {...}.")
            .WithExample("data", "hazard", "--filter", "written=1,mediator_nego=1", "--simulate", "10000");
    }
}
