using System.Text.Json;
using Actors.Storage;

namespace Actors.Grains.ReadModels;

/// <summary>
/// A read model's items held in memory and kept as rows of the grid store (<see cref="ReadModelRow"/>, JSON), one per
/// key: loaded when the read-model grain activates, written through on every change.
/// </summary>
internal sealed class ReadModelRows<T>(IGridStore store, string kind) where T : class
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private string? _model;

    public Dictionary<string, T> Items { get; } = new(StringComparer.Ordinal);

    public async Task LoadAsync(string id)
    {
        _model = $"{kind}/{id}";
        foreach (var row in await store.ReadModelAsync(_model))
        {
            if (JsonSerializer.Deserialize<T>(row.Payload, Json) is { } item)
            {
                Items[row.Key] = item;
            }
        }
    }

    /// <summary>Writes the item's row (null removes it) and, once durable, holds it.</summary>
    public async Task PutAsync(string key, T? item)
    {
        await store.WriteAsync([new ReadModelRow(_model ?? throw new InvalidOperationException("load the read model first"), key, item is null ? null : JsonSerializer.Serialize(item, Json))]);
        if (item is null)
        {
            Items.Remove(key);
        }
        else
        {
            Items[key] = item;
        }
    }

    /// <summary>The JSON of an item, for comparing items whose lists records do not compare by value.</summary>
    public static string Text(T item) => JsonSerializer.Serialize(item, Json);

    /// <summary>How many keys differ between two sets of items (missing on one side, or not the same).</summary>
    public static int Differences(IReadOnlyList<T> held, IReadOnlyList<T> rebuilt, Func<T, string> keyOf, Func<T, T, bool> same)
    {
        var byKey = rebuilt.ToDictionary(keyOf, StringComparer.Ordinal);
        var differ = held.Count(h => !byKey.TryGetValue(keyOf(h), out var r) || !same(h, r));
        var heldKeys = held.Select(keyOf).ToHashSet(StringComparer.Ordinal);
        return differ + rebuilt.Count(r => !heldKeys.Contains(keyOf(r)));
    }
}
