using System.Net;
using Actors.Screens;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace Actors.Api.Tests;

/// <summary>The bank's head office with a new branch, the branch's sub-branch and another branch: two collections rooms and a lobby.</summary>
public sealed record BankTree(string HeadOffice, string Branch, string SubBranch, string OtherBranch)
{
    /// <summary>Made through the API by the management department.</summary>
    public static async Task<BankTree> CreateAsync(HttpClient management)
    {
        var headOffice = StaffSessions.HeadOffice;
        var branch = await InstitutionAsync(management, "br", "branch", headOffice);
        return new(headOffice, branch, await InstitutionAsync(management, "sb", "subBranch", branch), await InstitutionAsync(management, "br", "branch", headOffice));
    }

    private static async Task<string> InstitutionAsync(HttpClient management, string prefix, string kind, string? parentId)
    {
        var id = Ids.New(prefix);
        (await management.ApiPostAsync("/api/institutions", new { id, name = id, kind, parentId })).ShouldBe(HttpStatusCode.Created);
        return id;
    }
}

public static class ScreensHubs
{
    /// <summary>A started connection to the screens hub with this client's cookies (a member of staff, or a device).</summary>
    public static async Task<HubConnection> ConnectAsync(Uri baseAddress, HttpClient client)
    {
        var hub = new HubConnectionBuilder()
            .WithUrl(new Uri(baseAddress, ScreenHubProtocol.Path.TrimStart('/')), o =>
            {
                o.Cookies = client.Cookies();
                o.Transports = HttpTransportType.WebSockets;
            })
            .Build();
        await hub.StartAsync();
        return hub;
    }
}
