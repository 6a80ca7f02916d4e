using Parley.Application;
using Parley.Conflict.WarProcess;
using Parley.Data.Priors;
using Parley.Data.Survival;
using Parley.Tests.Data;

namespace Parley.Tests.RunReports;

/// <summary>
/// The report's base rates from the shared datasets (issue 11 §5): UCDP endings counted over the
/// episodes that ended, with the not-coded ones apart, and ETH/PRIO curves named in words with their n.
/// </summary>
public sealed class EmpiricalBaseRatesTests
{
    [Fact]
    public void Ucdp_endings_count_the_episodes_that_ended_as_the_datasets_readme_gives_them()
    {
        // ../shared/datasets/ucdp-conflict-termination/README.md: "Rows with dyadterm = 1 (episode
        // endings): 852; outcome counts 1:106, 2:95, 3:143, 4:69, 5:352, 6:84, blank:3."
        var endings = EmpiricalBaseRates.Endings(SharedData.All.UcdpDyadYears)!;
        Assert.Equal([106, 95, 143, 69, 352, 84], endings.Shares.Select(s => s.Count));
        Assert.Equal(3, endings.NotCoded);
        Assert.Equal(849, endings.Coded);
        Assert.Equal(106.0 / 849, endings.ShareOf(endings.Shares[0]), 12);
        Assert.DoesNotContain(endings.Shares, s => s.Ending.Contains("not coded", StringComparison.Ordinal));
    }

    [Fact]
    public void Written_groups_are_words_and_their_n_add_up_to_all_ceasefires()
    {
        var survival = EmpiricalBaseRates.ByFeature(SharedData.All.Ceasefires);
        Assert.Equal(["all ceasefires", "written: yes", "written: no", "written: not coded"], survival.Curves.Select(c => c.Group));
        Assert.DoesNotContain(survival.Curves, c => c.Group.Contains('=', StringComparison.Ordinal));

        // written is coded -1, 0, 1 or 2 on every ceasefire (docs/data/codes.md), so the three groups
        // split the usable ceasefires: their n add up to the n of all.
        var all = survival.Curves[0];
        Assert.Equal(all.Count, survival.Curves.Skip(1).Sum(c => c.Count));
        Assert.Equal(all.Events, survival.Curves.Skip(1).Sum(c => c.Events));
        var usable = CeasefireSurvival.Observe(SharedData.All.Ceasefires, CeasefireEvent.Breakdown).Observations.Count;
        Assert.Equal(usable, all.Count);
    }

    [Fact]
    public void The_matching_subsets_are_the_held_out_ceasefires_and_those_with_the_texts_clauses()
    {
        // The Gaza scenario's settings: fitted on every ceasefire but those located in Israel, for a
        // written, mediated and guaranteed text.
        var settings = new CeasefireSettings
        {
            HazardDataset = "eth-prio",
            HazardExclude = ["location=Israel"],
            Clauses = CeasefireClause.Written | CeasefireClause.Mediation | CeasefireClause.Guarantee,
        };
        var ceasefires = SharedData.All.Ceasefires;
        var matched = EmpiricalBaseRates.Matching(ceasefires, settings);
        Assert.Equal(["held out of the fit: location=Israel", "the text's clauses: written, enforcement, mediated"], matched.Curves.Select(c => c.Group));

        var israel = CeasefireSurvival.Observe(ceasefires.Where(c => c.Location == "Israel"), CeasefireEvent.Breakdown).Observations.Count;
        Assert.Equal(israel, matched.Curves[0].Count);
        var withClauses = ceasefires.Where(c => c.Location != "Israel" && c.Written is 1 or 2 && c.MediatorNego == 1 && c.Enforcement is 1 or 2);
        Assert.Equal(CeasefireSurvival.Observe(withClauses, CeasefireEvent.Breakdown).Observations.Count, matched.Curves[1].Count);
        Assert.Contains("written = 1 or 2, enforcement = 1 or 2, mediator_nego = 1", matched.Curves[1].Selection, StringComparison.Ordinal);

        // A scenario that names no subset is compared with every ceasefire, and says so.
        var none = Assert.Single(EmpiricalBaseRates.Matching(ceasefires, null).Curves);
        Assert.Equal(EmpiricalBaseRates.ByFeature(ceasefires).Curves[0].Count, none.Count);
        Assert.Contains("names no subset", none.Selection, StringComparison.Ordinal);
    }
}
