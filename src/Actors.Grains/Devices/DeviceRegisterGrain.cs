using Actors.Contracts.Devices;

namespace Actors.Grains.Devices;

[GenerateSerializer, Alias("bg.DeviceRecord.v1")]
public sealed class DeviceRecord
{
    [Id(0)] public DeviceScreen Screen { get; set; }
    [Id(1)] public string Name { get; set; } = "";
    [Id(2)] public string RegisteredBy { get; set; } = "";
    [Id(3)] public DateTimeOffset RegisteredAt { get; set; }
    [Id(4)] public string? RevokedBy { get; set; }
    [Id(5)] public DateTimeOffset? RevokedAt { get; set; }
}

[GenerateSerializer, Alias("bg.DeviceRegisterState.v1")]
public sealed class DeviceRegisterState
{
    [Id(0)] public Dictionary<string, DeviceRecord> Devices { get; set; } = new(StringComparer.Ordinal);
}

/// <summary>The devices of one branch or room, stored; a revoked device stays listed (who revoked it, when) and never comes back.</summary>
public sealed class DeviceRegisterGrain(
    [PersistentState("devices")] IPersistentState<DeviceRegisterState> state) : Grain, IDeviceRegisterGrain
{
    private Dictionary<string, DeviceRecord> Devices => state.State.Devices;

    public async Task<DeviceView> Register(string deviceId, DeviceRegistration registration)
    {
        if (!Devices.ContainsKey(deviceId))
        {
            Devices[deviceId] = new DeviceRecord
            {
                Screen = registration.Screen, Name = registration.Name, RegisteredBy = registration.RegisteredBy, RegisteredAt = registration.At,
            };
            await state.WriteStateAsync();
        }
        return View(deviceId);
    }

    public Task<DeviceView?> Get(string deviceId) => Task.FromResult(Devices.ContainsKey(deviceId) ? View(deviceId) : null);

    public Task<IReadOnlyList<DeviceView>> List() => Task.FromResult<IReadOnlyList<DeviceView>>(
        [.. Devices.Keys.Select(View).OrderBy(d => d.RegisteredAt).ThenBy(d => d.DeviceId, StringComparer.Ordinal)]);

    public async Task<DeviceView?> Revoke(string deviceId, string by, DateTimeOffset at)
    {
        if (!Devices.TryGetValue(deviceId, out var device))
        {
            return null;
        }
        if (device.RevokedAt is null)
        {
            (device.RevokedBy, device.RevokedAt) = (by, at);
            await state.WriteStateAsync();
        }
        return View(deviceId);
    }

    private DeviceView View(string deviceId)
    {
        var d = Devices[deviceId];
        return new(deviceId, this.GetPrimaryKeyString(), d.Screen, d.Name, d.RegisteredBy, d.RegisteredAt, d.RevokedBy, d.RevokedAt);
    }
}
