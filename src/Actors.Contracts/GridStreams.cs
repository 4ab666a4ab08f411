using Actors.Contracts.Collections;
using Actors.Contracts.Events;
using Orleans.Runtime;

namespace Actors.Contracts;

/// <summary>Names shared by publishers and subscribers of the grid's event streams.</summary>
public static class GridStreams
{
    public const string ProviderName = "Grid";

    /// <summary>One stream per institution, in this namespace, keyed by institution id.</summary>
    public const string InstitutionNamespace = "institution";

    public static StreamId ForInstitution(string institutionId) => StreamId.Create(InstitutionNamespace, institutionId);

    /// <summary>The collections boards' feed, one stream per institution: only its relay listens, so no other event wakes the relay.</summary>
    public const string CollectionsNamespace = "collections";

    public static StreamId ForCollections(string institutionId) => StreamId.Create(CollectionsNamespace, institutionId);

    /// <summary>The stream an event goes on.</summary>
    public static StreamId Of(GridEvent e) => e is LoanCollectionsChanged
        ? ForCollections(e.InstitutionId)
        : ForInstitution(e.InstitutionId);
}
