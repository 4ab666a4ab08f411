namespace Actors.Contracts.Devices;

/// <summary>
/// The screens that run unattended in front of customers or on a wall, each holding a device credential for its one
/// screen: the ticket kiosk and the calling display of a branch's lobby, the TV wall board of a collections room.
/// </summary>
[GenerateSerializer, Alias("bg.DeviceScreen")]
public enum DeviceScreen { Kiosk, CallingDisplay, Board }

/// <summary>A device to register: its screen, a name staff recognise it by ("Kiosk by the door") and who registers it.</summary>
[GenerateSerializer, Immutable, Alias("bg.DeviceRegistration")]
public sealed record DeviceRegistration(DeviceScreen Screen, string Name, string RegisteredBy, DateTimeOffset At);

/// <summary>A registered device of one scope (a branch for a kiosk or display, a collections room for a board).</summary>
[GenerateSerializer, Immutable, Alias("bg.DeviceView")]
public sealed record DeviceView(
    string DeviceId,
    string ScopeId,
    DeviceScreen Screen,
    string Name,
    string RegisteredBy,
    DateTimeOffset RegisteredAt,
    string? RevokedBy,
    DateTimeOffset? RevokedAt)
{
    public bool Active => RevokedAt is null;
}

/// <summary>
/// The devices of one scope, keyed by the scope id (the branch's institution id, or the room id). The register is the
/// server-side half of every device credential: a credential is honoured only while its device is here and not
/// revoked, so revoking here ends it (docs/devices.md).
/// </summary>
public interface IDeviceRegisterGrain : IGrainWithStringKey
{
    /// <summary>Registers a device under a new id; the same id again answers the device as registered, changing nothing.</summary>
    Task<DeviceView> Register(string deviceId, DeviceRegistration registration);

    Task<DeviceView?> Get(string deviceId);

    Task<IReadOnlyList<DeviceView>> List();

    /// <summary>Revokes the device for good (null: no such device). Revoking again keeps the first revocation.</summary>
    Task<DeviceView?> Revoke(string deviceId, string by, DateTimeOffset at);
}
