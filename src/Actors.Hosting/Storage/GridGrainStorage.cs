using Actors.Storage;
using Microsoft.Extensions.DependencyInjection;
using Orleans;
using Orleans.Runtime;
using Orleans.Serialization.Serializers;
using Orleans.Storage;

namespace Actors.Hosting.Storage;

/// <summary>
/// Orleans grain storage on the grid's store: each state write is one unit for the store's writer, carrying the rows the
/// grain staged since its last write (<see cref="StagedRows"/>), and completes when the commit that carries it is durable.
/// </summary>
/// <remarks>
/// Same rows and semantics as Orleans' ADO.NET grain storage on our schema (<c>OrleansStorage</c>): the state serialized
/// by the silo's <see cref="IGrainStorageSerializer"/> (JSON with <c>$type</c> names), the ETag is the row's Version, a
/// first write expects no row, a stale ETag fails with <see cref="InconsistentStateException"/>, a clear keeps the row
/// with no payload and a new version.
/// </remarks>
public sealed class GridGrainStorage(
    string name,
    IGridStore store,
    IGrainStorageSerializer serializer,
    IActivatorProvider activators,
    IGrainContextAccessor contexts) : IGrainStorage
{
    public static GridGrainStorage Create(IServiceProvider services, string name) => new(
        name,
        services.GetRequiredService<IGridStore>(),
        services.GetKeyedService<IGrainStorageSerializer>(name) ?? services.GetRequiredService<IGrainStorageSerializer>(),
        services.GetRequiredService<IActivatorProvider>(),
        services.GetRequiredService<IGrainContextAccessor>());

    public async Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var stored = await store.ReadStateAsync(StateKeys.For(stateName, grainId));
        grainState.State = stored?.Payload is { } payload ? serializer.Deserialize<T>(new BinaryData(payload)) : Create<T>();
        grainState.ETag = stored?.Version.ToString(System.Globalization.CultureInfo.InvariantCulture);
        grainState.RecordExists = stored?.Payload is not null;
    }

    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var payload = serializer.Serialize(grainState.State).ToArray();
        grainState.ETag = await Write(stateName, grainId, grainState.ETag, payload, "WriteState");
        grainState.RecordExists = true;
    }

    public async Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        if (!grainState.RecordExists && string.IsNullOrWhiteSpace(grainState.ETag))
        {
            await ReadStateAsync(stateName, grainId, grainState);
            if (!grainState.RecordExists)
            {
                return;
            }
        }
        grainState.ETag = await Write(stateName, grainId, grainState.ETag, null, "ClearState");
        grainState.RecordExists = false;
        grainState.State = Create<T>();
    }

    private async Task<string> Write(string stateName, GrainId grainId, string? etag, byte[]? payload, string operation)
    {
        int? expected = string.IsNullOrWhiteSpace(etag) ? null : int.Parse(etag, System.Globalization.CultureInfo.InvariantCulture);
        var staged = StagedFor(grainId);
        var joined = staged?.Snapshot() ?? [];
        var outcome = await store.WriteAsync([new StateRow(StateKeys.For(stateName, grainId), payload, expected), .. joined]);
        if (!outcome.Applied)
        {
            throw new InconsistentStateException(
                $"Version conflict ({operation}): ServiceId={store.ServiceId} ProviderName={name} GrainType={stateName} GrainId={grainId} ETag={etag}.",
                storedEtag: null, currentEtag: etag);
        }
        staged?.Remove(joined.Count);
        return outcome.Version!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The rows staged by the activation being written, when this write runs in its turn (it always does for <c>IPersistentState</c>).</summary>
    private StagedRows? StagedFor(GrainId grainId) =>
        contexts.GrainContext is { } context && context.GrainId == grainId ? context.GetComponent<StagedRows>() : null;

    private T Create<T>() => activators.GetActivator<T>().Create();
}
