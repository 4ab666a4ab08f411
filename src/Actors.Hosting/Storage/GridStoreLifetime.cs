using Actors.Storage;
using Orleans;
using Orleans.Runtime;

namespace Actors.Hosting.Storage;

/// <summary>
/// Flushes and closes a grid store as the very last step of a silo's shutdown, after every grain has written its last
/// state (hosts are not always disposed after they stop).
/// </summary>
public sealed class GridStoreLifetime(IGridStore store) : ILifecycleParticipant<ISiloLifecycle>
{
    public void Participate(ISiloLifecycle lifecycle) => lifecycle.Subscribe(
        nameof(GridStoreLifetime),
        ServiceLifecycleStage.First,
        _ => Task.CompletedTask,
        async _ => await store.DisposeAsync());
}
