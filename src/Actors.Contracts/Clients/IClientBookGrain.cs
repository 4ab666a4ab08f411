using Actors.Contracts.Statistics;

namespace Actors.Contracts.Clients;

/// <summary>Reads over an institution's clients (it and every institution below it), keyed by institution id; computed on read.</summary>
public interface IClientBookGrain : IGrainWithStringKey
{
    /// <summary>Clients without a client manager; null when the institution is not registered.</summary>
    Task<IReadOnlyList<UnallocatedClient>?> Unallocated();

    /// <summary>Every client's settlement-account activity, for the KPIs; null when the institution is not registered.</summary>
    Task<IReadOnlyList<ClientAccountActivity>?> AccountActivity();

    /// <summary>
    /// The managers' KPIs of a month, counted up to <paramref name="today"/> (the month end once it is over): in all, per
    /// sub-branch of the tree, per client manager. Null when the institution is not registered.
    /// </summary>
    Task<InstitutionKpisView?> Kpis(DateOnly month, DateOnly today);
}

[GenerateSerializer, Immutable, Alias("bg.UnallocatedClient")]
public sealed record UnallocatedClient(string ClientId, string Name, string InstitutionId);
