namespace Parley.Data.Agreements;

/// <summary>Provision shares for one group of agreements.</summary>
/// <param name="DatasetId">The dataset.</param>
/// <param name="Group">Group name ("all", or e.g. an agreement type).</param>
/// <param name="Total">Agreements in the group.</param>
/// <param name="Provisions">One share per provision.</param>
public sealed record ProvisionGroup(string DatasetId, string Group, int Total, IReadOnlyList<ProvisionShare> Provisions);
