using Actors.Contracts.Staff;

namespace Actors.Grains.Staff;

[GenerateSerializer, Alias("bg.SignInKeyRingState.v1")]
public sealed class SignInKeyRingState
{
    /// <summary>Key element name → its XML, in the order they were made.</summary>
    [Id(0)] public List<KeyValuePair<string, string>> Elements { get; set; } = [];
}

public sealed class SignInKeyRingGrain([PersistentState("signInKeys")] IPersistentState<SignInKeyRingState> state) : Grain, ISignInKeyRingGrain
{
    public Task<IReadOnlyList<string>> List() => Task.FromResult<IReadOnlyList<string>>([.. state.State.Elements.Select(e => e.Value)]);

    public async Task Store(string name, string xml)
    {
        state.State.Elements.RemoveAll(e => e.Key == name);
        state.State.Elements.Add(new(name, xml));
        await state.WriteStateAsync();
    }
}
