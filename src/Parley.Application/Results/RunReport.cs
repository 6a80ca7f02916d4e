using Parley.Domain;
using Parley.Domain.Endings;

namespace Parley.Application.Results;

/// <summary>
/// Everything <c>parley run</c> reports, ready to render: built by <see cref="RunReportBuilder"/>,
/// written as HTML and CSV by the reports layer, summarised in the terminal by the host.
/// </summary>
/// <param name="ScenarioTitle">The scenario's title.</param>
/// <param name="Belligerents">The two belligerents, in the order every chart and table uses.</param>
/// <param name="Hypotheses">One entry per war-aims hypothesis (at least one).</param>
/// <param name="Sources">The sources the scenario cites.</param>
/// <param name="WithdrawalMapSvg">The withdrawal-line map as an SVG document (from <c>WithdrawalMapSvg.Render</c>), or null when the scenario has no map.</param>
/// <param name="WithdrawalOptions">The withdrawal-line options table.</param>
/// <param name="AidChannels">The land-vs-airdrop table.</param>
/// <param name="Metadata">Seed, runs, threads, version, elapsed time.</param>
/// <param name="EmpiricalSurvival">Kaplan-Meier curves from ../shared/datasets, when present.</param>
/// <param name="EmpiricalEndings">Ending base rates from ../shared/datasets, when present.</param>
public sealed record RunReport(
    string ScenarioTitle,
    BelligerentPair Belligerents,
    IReadOnlyList<HypothesisReport> Hypotheses,
    IReadOnlyList<SourceReference> Sources,
    string? WithdrawalMapSvg,
    IReadOnlyList<WithdrawalOptionRow> WithdrawalOptions,
    IReadOnlyList<AidChannelRow> AidChannels,
    RunMetadata Metadata,
    EmpiricalSurvival? EmpiricalSurvival = null,
    EmpiricalEndings? EmpiricalEndings = null)
{
    /// <summary>The scenario's title.</summary>
    public string ScenarioTitle { get; } = Preconditions.Text(ScenarioTitle, "the scenario's title");

    /// <summary>The two belligerents.</summary>
    public BelligerentPair Belligerents { get; } = Belligerents ?? throw new ModelException("the report names no belligerents: give the two belligerents");

    /// <summary>The hypotheses, in the order to show them.</summary>
    public IReadOnlyList<HypothesisReport> Hypotheses { get; } = CheckHypotheses(Hypotheses);

    /// <summary>The sources.</summary>
    public IReadOnlyList<SourceReference> Sources { get; } = CheckSources(Sources);

    /// <summary>The map, as SVG.</summary>
    public string? WithdrawalMapSvg { get; } = WithdrawalMapSvg is null || WithdrawalMapSvg.TrimStart().StartsWith("<svg", StringComparison.Ordinal)
        ? WithdrawalMapSvg
        : throw new ModelException("the withdrawal map is not an SVG document (it must start with <svg): pass WithdrawalMapSvg.Render's output");

    /// <summary>The withdrawal options.</summary>
    public IReadOnlyList<WithdrawalOptionRow> WithdrawalOptions { get; } = Preconditions.List(WithdrawalOptions, "the withdrawal options");

    /// <summary>The aid channels.</summary>
    public IReadOnlyList<AidChannelRow> AidChannels { get; } = Preconditions.List(AidChannels, "the aid channels");

    /// <summary>How the run was made.</summary>
    public RunMetadata Metadata { get; } = Metadata ?? throw new ModelException("the report has no run metadata: give seed, runs, threads, version and elapsed time");

    /// <summary>Empirical survival curves, when the datasets are present.</summary>
    public EmpiricalSurvival? EmpiricalSurvival { get; } = EmpiricalSurvival;

    /// <summary>Empirical ending base rates, when the datasets are present.</summary>
    public EmpiricalEndings? EmpiricalEndings { get; } = EmpiricalEndings;

    /// <summary>
    /// Kaplan-Meier curves of the subsets of the data that match the scenario (the ceasefires its
    /// hazard fit held out, those with its text's clauses), to hold each hypothesis's
    /// <see cref="HypothesisReport.CeasefireCurve"/> against; null without the datasets.
    /// </summary>
    public EmpiricalSurvival? MatchedSurvival { get; init; }

    private static IReadOnlyList<HypothesisReport> CheckHypotheses(IReadOnlyList<HypothesisReport>? hypotheses)
    {
        var list = Preconditions.List(hypotheses, "the hypotheses");
        if (list.Count == 0)
        {
            throw new ModelException("the report has no hypotheses: give at least one");
        }
        Preconditions.Unique(list, h => h.Name, "the hypotheses");
        return list;
    }

    private static IReadOnlyList<SourceReference> CheckSources(IReadOnlyList<SourceReference>? sources)
    {
        var list = Preconditions.List(sources, "the sources");
        Preconditions.Unique(list, s => s.Id, "the sources");
        return list;
    }
}
