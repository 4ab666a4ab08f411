using System.ComponentModel;
using Actors.Api.Http;
using Actors.Contracts.Devices;
using Actors.Contracts.Institutions;
using Actors.Contracts.Screens;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Actors.Api.Apis;

/// <summary>Which collections rooms' wall boards the caller watches (brief §5: a room's board is its own staff's).</summary>
public static class BoardsApi
{
    public static RouteGroupBuilder MapBoardsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/collections").WithTags("Collections");
        api.MapGet("/rooms", GetWatchedRooms)
            .WithName("GetWatchedRooms")
            .WithSummary("The collections rooms whose wall boards the caller watches, their own room first.")
            .WithDescription("A collector or team lead: their branch's room (a sub-branch's staff work in their branch's room); head office: the "
                + $"\"{ScreenStreams.CentralRoom}\" room, and for heads and the management department every branch room beneath. "
                + "A board device: the one room it was registered for.");
        return api;
    }

    public static async Task<Ok<WatchableRoom[]>> GetWatchedRooms(HttpContext http, [AsParameters] BoardsServices services)
    {
        var snapshots = await Task.WhenAll((await services.Grains.GetGrain<IInstitutionDirectoryGrain>(IInstitutionDirectoryGrain.Key).List())
            .Select(id => services.Grains.GetGrain<IInstitutionGrain>(id).GetSnapshot()));
        var institutions = snapshots.OfType<InstitutionSnapshot>().ToDictionary(i => i.InstitutionId, StringComparer.Ordinal);
        // Branch rooms: a branch, or an institution with no parent that is no head office (whose own work is the central room's).
        var branchRooms = institutions.Values
            .Where(i => i.Kind == InstitutionKind.Branch || (i.Kind == InstitutionKind.SubBranch && i.ParentId is null))
            .Select(i => i.InstitutionId).Order(StringComparer.Ordinal);
        var rooms = http.Device() is { } device
            ? device.Screen == DeviceScreen.Board ? [device.ScopeId] : []
            : await services.Watchers.RoomsOf(http.Request.Caller(), branchRooms);
        return TypedResults.Ok(rooms
            .Select(r => new WatchableRoom(r, institutions.TryGetValue(r, out var i) ? i.Name : r))
            .ToArray());
    }
}

/// <summary>What the boards' routes need besides the request.</summary>
public sealed record BoardsServices(IGrainFactory Grains, RoomWatchers Watchers);

/// <summary>A collections room whose wall board the caller may open.</summary>
/// <param name="RoomId">A branch's institution id, or "central".</param>
/// <param name="Name">The branch's name; "central" for the central room.</param>
public sealed record WatchableRoom([property: Description("A branch's institution id, or \"central\".")] string RoomId, string Name);
