using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Security.Cryptography;
using Actors.Api.Http;
using Actors.Api.Rules;
using Actors.Contracts;
using Actors.Contracts.Clients;
using Actors.Contracts.Devices;
using Actors.Contracts.Lobby;
using Actors.Domain;
using Actors.Domain.Audit;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Actors.Api.Apis;

/// <summary>
/// The screens that run as devices (the lobby's ticket kiosk and calling display, a room's TV board): registered once on
/// the device itself by staff who may, they then hold a device credential for their one screen of their one branch or
/// room, until those staff revoke it. docs/devices.md.
/// </summary>
public static class DevicesApi
{
    public static IEndpointRouteBuilder MapDevicesApi(this IEndpointRouteBuilder app)
    {
        var staff = app.MapGroup("/api/devices").WithTags("Devices");
        staff.MapPost("/{scopeId}", RegisterDevice)
            .WithName("RegisterDevice")
            .WithSummary("Register this browser as a device of a branch or room")
            .WithDescription("Called on the device itself: it answers the device and sets its credential (cookie bg.device, a year, renewed as used), "
                + "and signs the registering member of staff out of this browser, so a customer never finds a staff session on it. "
                + "A kiosk or calling display (scopeId: the branch) is registered by the branch's lobby manager; a TV board (scopeId: the room) "
                + "by a team lead, institution head or the management department who watches the room.");
        staff.MapGet("/{scopeId}", ListDevices)
            .WithName("ListDevices")
            .WithSummary("The devices of a branch or room that the caller may revoke")
            .WithDescription("Revoked devices stay listed with who revoked them and when.");
        staff.MapPost("/{scopeId}/{deviceId}/revoke", RevokeDevice)
            .WithName("RevokeDevice")
            .WithSummary("Revoke a device's credential for good")
            .WithDescription("By the roles that register such a device. Its next request is refused on this silo, within 30 seconds on the others.");

        var device = app.MapGroup("/api/device").WithTags("Devices");
        device.MapGet("/", GetOwnDevice)
            .WithName("GetOwnDevice")
            .WithSummary("The calling device: its screen and its branch or room")
            .WithDescription("For a device credential only (401 otherwise, and once revoked): the screen asks it on start to know what it is.");
        device.MapPost("/tickets", IssueKioskTicket)
            .WithName("IssueKioskTicket")
            .WithSummary("The kiosk issues a ticket in its own branch")
            .WithDescription("For a kiosk device only; the branch is the credential's, never the request's.");
        device.MapGet("/tickets/{ticketId}/place", GetKioskTicketPlace)
            .WithName("GetKioskTicketPlace")
            .WithSummary("What the kiosk prints on a ticket it issued: branch, date, people ahead, expected wait")
            .WithDescription("For a kiosk device only, for tickets of its own branch (the lobby's TicketPlace, answered in the device's branch).");
        return app;
    }

    public static async Task<Results<Created<DeviceView>, Refused>> RegisterDevice(
        [AsParameters] DeviceServices services, [Description("The branch (kiosk, calling display) or room (board).")] string scopeId, RegisterDeviceRequest request)
    {
        var screen = request.Screen!.Value;
        if (await services.Refusal(scopeId, screen) is { } refusal)
        {
            return refusal;
        }
        var caller = services.Http.Request.Caller();
        var registered = await services.Grains.GetGrain<IDeviceRegisterGrain>(scopeId)
            .Register(NewDeviceId(), new DeviceRegistration(screen, request.Name!.Trim(), caller.StaffId, services.Time.GetUtcNow()));
        await services.Http.AuditAsync(AuditActions.DeviceRegistered, $"device/{registered.DeviceId}", $"{screen} \"{registered.Name}\"", scopeId);
        await services.Http.SignOutAsync(StaffSignIn.Scheme);
        await services.Http.SignInAsync(DeviceSignIn.Scheme, DeviceSignIn.Principal(registered), new AuthenticationProperties { IsPersistent = true });
        return TypedResults.Created(Locations.Of("devices", scopeId), registered);
    }

    public static async Task<Results<Ok<DeviceView[]>, Refused>> ListDevices([AsParameters] DeviceServices services, string scopeId)
    {
        var caller = services.Http.Request.Caller();
        var mine = new List<DeviceView>();
        foreach (var device in await services.Grains.GetGrain<IDeviceRegisterGrain>(scopeId).List())
        {
            if (await services.Refusal(scopeId, device.Screen) is null)
            {
                mine.Add(device);
            }
        }
        return mine.Count == 0 && !await services.Scope.Covers(caller, scopeId) && !await services.Watchers.Sees(caller, scopeId)
            ? new Refused(Refusal.NotFound($"branch or room {scopeId} is not registered", $"分行或催收室 {scopeId} 未登记"))
            : TypedResults.Ok(mine.ToArray());
    }

    public static async Task<Results<Ok<DeviceView>, Refused>> RevokeDevice([AsParameters] DeviceServices services, string scopeId, string deviceId)
    {
        var register = services.Grains.GetGrain<IDeviceRegisterGrain>(scopeId);
        if (await register.Get(deviceId) is not { } device)
        {
            return StaffProblems.NotFound(Thing.Device, deviceId);
        }
        if (await services.Refusal(scopeId, device.Screen) is { } refusal)
        {
            return refusal;
        }
        var revoked = await register.Revoke(deviceId, services.Http.Request.Caller().StaffId, services.Time.GetUtcNow());
        services.Sessions.Forget(deviceId);
        await services.Http.AuditAsync(AuditActions.DeviceRevoked, $"device/{deviceId}", $"{device.Screen} \"{device.Name}\"", scopeId);
        return TypedResults.Ok(revoked!);
    }

    public static async Task<Results<Ok<DeviceView>, Refused>> GetOwnDevice([AsParameters] DeviceServices services) =>
        services.Http.Device() is { } device && await services.Grains.GetGrain<IDeviceRegisterGrain>(device.ScopeId).Get(device.DeviceId) is { } view
            ? TypedResults.Ok(view)
            : StaffProblems.NotSignedIn();

    public static async Task<Results<Created<KioskTicket>, Refused>> IssueKioskTicket([AsParameters] DeviceServices services, IssueTicketRequest request)
    {
        if (services.Http.Device() is not { Screen: DeviceScreen.Kiosk } kiosk)
        {
            return StaffProblems.Forbidden("tickets are issued by a kiosk device", "号票只能由取号机设备发出");
        }
        // A card read at this branch's kiosk: a client of the branch (or beneath it); any other is "not registered" here.
        if (request.ClientId is { } clientId && (await services.Grains.GetGrain<IClientGrain>(clientId).GetSnapshot() is not { } client
            || !await services.Scope.Covers(kiosk.ScopeId, client.InstitutionId)))
        {
            return new Refused(Refusal.NotRegistered("clientId", Thing.Client, clientId));
        }
        var issued = await services.Grains.GetGrain<ILobbyGrain>(kiosk.ScopeId)
            .IssueTicket(new(request.Service!.Value, request.ClientId, request.DeclaredAmount, request.Declared ?? []));
        return issued.IsRefused
            ? new Refused(issued.Refusals)
            : TypedResults.Created(Locations.Of("lobbies", kiosk.ScopeId, "tickets", issued.Value!.TicketId),
                new KioskTicket(issued.Value.TicketId, issued.Value.Number, issued.Value.Service, issued.Value.IssuedAt));
    }

    public static async Task<Results<Ok<TicketPrint>, Refused>> GetKioskTicketPlace([AsParameters] DeviceServices services, string ticketId) =>
        services.Http.Device() is { Screen: DeviceScreen.Kiosk } kiosk
            ? await LobbyFloorApi.Place(services.Grains, kiosk.ScopeId, ticketId)
            : StaffProblems.Forbidden("a ticket's place is read by the kiosk device that issued it", "号票的排队情况只能由发出它的取号机读取");

    /// <summary>128 random bits: the handle of the device's server-side record, unguessable like a session id.</summary>
    private static string NewDeviceId() => "dev-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
}

/// <summary>What the device routes need besides the request.</summary>
public sealed record DeviceServices(
    HttpContext Http, IGrainFactory Grains, InstitutionScope Scope, RoomWatchers Watchers, DeviceSessions Sessions,
    [FromKeyedServices(BusinessTime.ClockKey)] TimeProvider Time)
{
    /// <summary>Null when the signed-in caller may register and revoke this screen in this scope; else 403 saying who may.</summary>
    public async Task<Refused?> Refusal(string scopeId, DeviceScreen screen)
    {
        var caller = Http.Request.Caller();
        return DevicePermissions.MayManage(caller, screen) && await DevicePermissions.InScope(caller, screen, scopeId, Scope, Watchers)
            ? null
            : StaffProblems.Forbidden($"a {screen} device of {scopeId} is registered and revoked by {DevicePermissions.RolesFor(screen)}",
                $"{scopeId} 的{screen}设备只能由{DevicePermissions.RolesForZh(screen)}登记和注销");
    }
}

/// <summary>The device to register in the branch or room of the route.</summary>
/// <param name="Screen">Kiosk, CallingDisplay or Board: the only screen the credential will open.</param>
/// <param name="Name">How staff recognise it in the list, e.g. "Kiosk by the door".</param>
public sealed record RegisterDeviceRequest(
    [property: Required, Description("Kiosk, CallingDisplay or Board: the only screen the credential will open.")] DeviceScreen? Screen,
    [property: Required, Text(64), Description("How staff recognise it in the list, e.g. \"Kiosk by the door\".")] string? Name);
