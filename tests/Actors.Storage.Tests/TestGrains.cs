using Orleans.Runtime;

namespace Actors.Storage.Tests;

public interface ICounterGrain : IGrainWithStringKey
{
    Task<int> Increment();

    Task<int> Get();

    Task RegisterTick(TimeSpan dueTime, TimeSpan period);

    Task<IReadOnlyList<TickRecord>> GetTicks();
}

[GenerateSerializer]
public sealed record TickRecord([property: Id(0)] DateTime FirstTickTime, [property: Id(1)] DateTime CurrentTickTime);

[GenerateSerializer]
public sealed class CounterState
{
    [Id(0)] public int Value { get; set; }

    [Id(1)] public List<TickRecord> Ticks { get; set; } = [];
}

/// <summary>A counter kept in the default grain storage, with a reminder that records its ticks.</summary>
public sealed class CounterGrain([PersistentState("counter")] IPersistentState<CounterState> state) : Grain, ICounterGrain, IRemindable
{
    public const string TickReminder = "tick";

    public async Task<int> Increment()
    {
        state.State.Value++;
        await state.WriteStateAsync();
        return state.State.Value;
    }

    public Task<int> Get() => Task.FromResult(state.State.Value);

    public Task RegisterTick(TimeSpan dueTime, TimeSpan period) =>
        this.RegisterOrUpdateReminder(TickReminder, dueTime, period);

    public Task<IReadOnlyList<TickRecord>> GetTicks() => Task.FromResult<IReadOnlyList<TickRecord>>(state.State.Ticks.ToArray());

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        state.State.Ticks.Add(new TickRecord(status.FirstTickTime, status.CurrentTickTime));
        await state.WriteStateAsync();
    }
}
