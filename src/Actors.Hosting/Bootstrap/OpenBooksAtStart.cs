using Actors.Contracts.Institutions;

namespace Actors.Hosting.Bootstrap;

/// <summary>
/// Opens every registered institution's monthly books at silo start (idempotent): an institution registered before a
/// book existed (a store from an older version) gets its month-end clocks here, so no read ever has to start one.
/// Every silo runs it; a book already open is left as it is.
/// </summary>
public sealed class OpenBooksAtStart(IGrainFactory grains) : IStartupTask
{
    public async Task Execute(CancellationToken cancellationToken)
    {
        foreach (var id in await grains.GetGrain<IInstitutionDirectoryGrain>(IInstitutionDirectoryGrain.Key).List())
        {
            cancellationToken.ThrowIfCancellationRequested();
            await grains.GetGrain<IInstitutionGrain>(id).OpenBooks();
        }
    }
}
