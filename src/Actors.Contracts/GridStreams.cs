using Orleans.Runtime;

namespace Actors.Contracts;

/// <summary>Names shared by publishers and subscribers of the grid's event streams.</summary>
public static class GridStreams
{
    public const string ProviderName = "Grid";

    /// <summary>One stream per institution, in this namespace, keyed by institution id.</summary>
    public const string InstitutionNamespace = "institution";

    public static StreamId ForInstitution(string institutionId) => StreamId.Create(InstitutionNamespace, institutionId);
}
