using System.ComponentModel;
using System.Security.Cryptography;
using Actors.Api.Http;
using Actors.Contracts;
using Actors.Contracts.Clients;
using Actors.Contracts.Devices;
using Actors.Contracts.Lobby;
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

        var device = app.MapGroup("/api/device").WithTags("Devices").RequireAuthorization(DeviceSignIn.DevicePolicy);
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

    public static async Task<Results<Created<DeviceView>, ValidationProblem, ProblemHttpResult>> RegisterDevice(
        [AsParameters] DeviceServices services, [Description("The branch (kiosk, calling display) or room (board).")] string scopeId, RegisterDeviceRequest request)
    {
        var errors = new Problems();
        errors.RequiredValue("screen", request.Screen);
        errors.Required("name", request.Name, 64);
        if (errors.Any)
        {
            return errors.ToResult();
        }
        var screen = request.Screen!.Value;
        if (await services.Refusal(scopeId, screen) is { } refusal)
        {
            return refusal;
        }
        var caller = services.Http.Request.Caller();
        var registered = await services.Grains.GetGrain<IDeviceRegisterGrain>(scopeId)
            .Register(NewDeviceId(), new DeviceRegistration(screen, request.Name!.Trim(), caller.StaffId, services.Time.GetUtcNow()));
        await services.Http.SignOutAsync(StaffSignIn.Scheme);
        await services.Http.SignInAsync(DeviceSignIn.Scheme, DeviceSignIn.Principal(registered), new AuthenticationProperties { IsPersistent = true });
        return TypedResults.Created($"/api/devices/{scopeId}", registered);
    }

    public static async Task<Results<Ok<DeviceView[]>, ProblemHttpResult>> ListDevices([AsParameters] DeviceServices services, string scopeId)
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
            ? (ProblemHttpResult)StaffProblems.NotFound($"branch or room {scopeId}")
            : TypedResults.Ok(mine.ToArray());
    }

    public static async Task<Results<Ok<DeviceView>, ProblemHttpResult>> RevokeDevice([AsParameters] DeviceServices services, string scopeId, string deviceId)
    {
        var register = services.Grains.GetGrain<IDeviceRegisterGrain>(scopeId);
        if (await register.Get(deviceId) is not { } device)
        {
            return (ProblemHttpResult)StaffProblems.NotFound($"device {deviceId}");
        }
        if (await services.Refusal(scopeId, device.Screen) is { } refusal)
        {
            return refusal;
        }
        var revoked = await register.Revoke(deviceId, services.Http.Request.Caller().StaffId, services.Time.GetUtcNow());
        services.Sessions.Forget(deviceId);
        return TypedResults.Ok(revoked!);
    }

    public static async Task<Results<Ok<DeviceView>, ProblemHttpResult>> GetOwnDevice([AsParameters] DeviceServices services) =>
        services.Http.Device() is { } device && await services.Grains.GetGrain<IDeviceRegisterGrain>(device.ScopeId).Get(device.DeviceId) is { } view
            ? TypedResults.Ok(view)
            : (ProblemHttpResult)StaffProblems.NotSignedIn();

    public static async Task<Results<Created<KioskTicket>, ValidationProblem, ProblemHttpResult>> IssueKioskTicket(
        [AsParameters] DeviceServices services, IssueTicketRequest request)
    {
        if (services.Http.Device() is not { Screen: DeviceScreen.Kiosk } kiosk)
        {
            return (ProblemHttpResult)StaffProblems.Forbidden("tickets are issued by a kiosk device");
        }
        var errors = new Problems();
        errors.RequiredValue("service", request.Service);
        if (request.DeclaredAmount is not null)
        {
            errors.Money("declaredAmount", request.DeclaredAmount);
        }
        if (request.Declared is { Count: > 20 })
        {
            errors.Add("declared", "at most 20 declarations");
        }
        var clientId = string.IsNullOrWhiteSpace(request.ClientId) ? null : request.ClientId;
        // A card read at this branch's kiosk: a client of the branch (or beneath it); any other is "not registered" here.
        if (clientId is not null && (clientId.Length > 64 || await services.Grains.GetGrain<IClientGrain>(clientId).GetSnapshot() is not { } client
            || !await services.Scope.Covers(kiosk.ScopeId, client.InstitutionId)))
        {
            errors.Add("clientId", $"client {clientId} is not registered");
        }
        if (errors.Any)
        {
            return errors.ToResult();
        }
        var issued = await services.Grains.GetGrain<ILobbyGrain>(kiosk.ScopeId)
            .IssueTicket(new(request.Service!.Value, clientId, request.DeclaredAmount, request.Declared ?? []));
        return issued.Value is { } t
            ? TypedResults.Created($"/api/lobbies/{kiosk.ScopeId}/tickets/{t.TicketId}", new KioskTicket(t.TicketId, t.Number, t.Service, t.IssuedAt))
            : TypedResults.Problem(issued.Detail, statusCode: StatusCodes.Status404NotFound, title: "Not found");
    }

    public static async Task<Results<Ok<TicketPrint>, ProblemHttpResult>> GetKioskTicketPlace([AsParameters] DeviceServices services, string ticketId) =>
        services.Http.Device() is { Screen: DeviceScreen.Kiosk } kiosk
            ? await LobbyFloorApi.PlaceOf(services.Grains, kiosk.ScopeId, ticketId)
            : (ProblemHttpResult)StaffProblems.Forbidden("a ticket's place is read by the kiosk device that issued it");

    /// <summary>128 random bits: the handle of the device's server-side record, unguessable like a session id.</summary>
    private static string NewDeviceId() => "dev-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
}

/// <summary>What the device routes need besides the request.</summary>
public sealed record DeviceServices(
    HttpContext Http, IGrainFactory Grains, InstitutionScope Scope, RoomWatchers Watchers, DeviceSessions Sessions,
    [FromKeyedServices(BusinessTime.ClockKey)] TimeProvider Time)
{
    /// <summary>Null when the signed-in caller may register and revoke this screen in this scope; else 403 saying who may.</summary>
    public async Task<ProblemHttpResult?> Refusal(string scopeId, DeviceScreen screen)
    {
        var caller = Http.Request.Caller();
        return DevicePermissions.MayManage(caller, screen) && await DevicePermissions.InScope(caller, screen, scopeId, Scope, Watchers)
            ? null
            : (ProblemHttpResult)StaffProblems.Forbidden($"a {screen} device of {scopeId} is registered and revoked by {DevicePermissions.RolesFor(screen)}");
    }
}

/// <summary>The device to register in the branch or room of the route.</summary>
/// <param name="Screen">kiosk, callingDisplay or board: the only screen the credential will open.</param>
/// <param name="Name">How staff recognise it in the list, e.g. "Kiosk by the door".</param>
public sealed record RegisterDeviceRequest(DeviceScreen? Screen, string? Name);
