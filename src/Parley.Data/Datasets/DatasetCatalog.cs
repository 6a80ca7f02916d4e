using Parley.Data.Csv;
using Parley.Domain;

namespace Parley.Data.Datasets;

/// <summary>The datasets Parley reads, with producer, citation, version and download location.</summary>
public static class DatasetCatalog
{
    /// <summary>Correlates of War inter-state wars v4.0.</summary>
    public static DatasetInfo CowInterState { get; } = new(
        "cow-inter",
        "Correlates of War Inter-State War Data",
        "Correlates of War Project",
        "Sarkees, Meredith Reid and Frank Wayman (2010). Resort to War: 1816-2007. Washington DC: CQ Press.",
        "4.0",
        "https://correlatesofwar.org/data-sets/cow-war/",
        "cow-interstate-war",
        "Inter-StateWarData_v4.0.csv",
        TextEncoding.Latin1,
        "one state's participation in one war",
        "COW terms of use (free for research; cite the source)");

    /// <summary>Correlates of War intra-state wars v4.1.</summary>
    public static DatasetInfo CowIntraState { get; } = new(
        "cow-intra",
        "Correlates of War Intra-State War Data",
        "Correlates of War Project",
        "Sarkees, Meredith Reid and Frank Wayman (2010). Resort to War: 1816-2007. Washington DC: CQ Press.",
        "4.1",
        "https://correlatesofwar.org/data-sets/cow-war/",
        "cow-intrastate-war",
        "Intra-StateWarData_v4.1.csv",
        TextEncoding.Latin1,
        "one pairing of sides in one war (a war can have several rows)",
        "COW terms of use (free for research; cite the source)");

    /// <summary>UCDP Conflict Termination dataset, dyad level, v3-2021.</summary>
    public static DatasetInfo UcdpTermination { get; } = new(
        "ucdp-term",
        "UCDP Conflict Termination Dataset (dyad level)",
        "Uppsala Conflict Data Program (UCDP)",
        "Kreutz, Joakim (2010). How and when armed conflicts end: Introducing the UCDP Conflict Termination dataset. Journal of Peace Research 47(2): 243-250.",
        "3-2021",
        "https://ucdp.uu.se/downloads/",
        "ucdp-conflict-termination",
        "ucdp-term-dyad-3-2021.csv",
        TextEncoding.Utf8,
        "one dyad-year of active conflict",
        "CC BY 4.0 (UCDP data); cite the source");

    /// <summary>UCDP Peace Agreement dataset v22.1.</summary>
    public static DatasetInfo UcdpPeaceAgreements { get; } = new(
        "ucdp-pa",
        "UCDP Peace Agreement Dataset",
        "Uppsala Conflict Data Program (UCDP)",
        "Pettersson, Therese, Stina Hogbladh and Magnus Oberg (2019). Organized violence, 1989-2018 and peace agreements. Journal of Peace Research 56(4): 589-603.",
        "22.1",
        "https://ucdp.uu.se/downloads/",
        "ucdp-peace-agreements",
        "ucdp-peace-agreements-221.csv",
        TextEncoding.Utf8,
        "one peace agreement",
        "CC BY 4.0 (UCDP data); cite the source");

    /// <summary>ETH/PRIO Civil Conflict Ceasefire dataset.</summary>
    public static DatasetInfo EthPrioCeasefires { get; } = new(
        "eth-prio",
        "ETH/PRIO Civil Conflict Ceasefire Dataset",
        "Center for Security Studies, ETH Zurich, and Peace Research Institute Oslo (PRIO)",
        "Clayton, Govinda, Havard Mokleiv Nygard, Havard Strand, Siri Aas Rustad et al. (2022). Introducing the ETH/PRIO Civil Conflict Ceasefire Dataset. Journal of Conflict Resolution. doi:10.1177/00220027221129195.",
        "1989-2020 release (version not stated in the copy read)",
        "https://www.prio.org/publications/13532",
        "eth-prio-ceasefires",
        "ceasefires_dataset.csv",
        TextEncoding.Utf8,
        "one actor's part in one ceasefire (a ceasefire has one row per actor)",
        "see the producers' terms; cite the article");

    /// <summary>PA-X Peace Agreements Database, core-column extract.</summary>
    public static DatasetInfo PaxAgreements { get; } = new(
        "pa-x",
        "PA-X Peace Agreements Database (core columns)",
        "Political Settlements Research Programme / PeaceRep, University of Edinburgh",
        "Bell, Christine and Sanja Badanjak (2019). Introducing PA-X: A new peace agreement database and dataset. Journal of Peace Research 56(3): 452-466.",
        "agreements 1990-02-15 to 2020-04-09 (PA-X version not stated in the copy read)",
        "https://www.peaceagreements.org/",
        "pa-x",
        "pax_core_columns.csv",
        TextEncoding.Utf8,
        "one peace agreement",
        "PA-X terms of use; cite the database");

    /// <summary>Every dataset, in the order the CLI lists them.</summary>
    public static IReadOnlyList<DatasetInfo> All { get; } =
        [CowInterState, CowIntraState, UcdpTermination, UcdpPeaceAgreements, EthPrioCeasefires, PaxAgreements];

    /// <summary>The dataset whose id or folder name is <paramref name="idOrFolder"/> (case-insensitive).</summary>
    public static DatasetInfo Find(string idOrFolder)
    {
        ArgumentNullException.ThrowIfNull(idOrFolder);
        return All.FirstOrDefault(d => string.Equals(d.Id, idOrFolder, StringComparison.OrdinalIgnoreCase)
                                       || string.Equals(d.Folder, idOrFolder, StringComparison.OrdinalIgnoreCase))
               ?? throw new ModelException(
                   $"unknown dataset '{idOrFolder}': use one of {string.Join(", ", All.Select(d => d.Id))}");
    }
}
