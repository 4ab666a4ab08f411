using System.Net;
using System.Net.Http.Json;
using Actors.Api.Json;

namespace Actors.Screens.Tests.Support;

/// <summary>Fresh branches, and the changes that show on their lobby screens.</summary>
public static class Branches
{
    public static string NewId(string prefix = "br") => $"{prefix}-{Guid.NewGuid():N}"[..24];

    /// <summary>A branch registered through the API (a lobby needs a registered institution).</summary>
    public static async Task<string> RegisterAsync(HttpClient http)
    {
        var branch = NewId();
        var id = NewId("sb");
        await PostAsync(http, new { id = branch, name = "Shenzhen branch", kind = "branch", parentId = BankRoot.HeadOffice });
        await PostAsync(http, new { id, name = "Futian sub-branch", kind = "subBranch", parentId = branch });
        return id;
    }

    private static async Task PostAsync(HttpClient http, object institution)
    {
        using var response = await http.PostAsJsonAsync("/api/institutions", institution, GridJson.Options);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>The kiosk prints a cash ticket: POST /api/lobbies/{branchId}/tickets.</summary>
    public static async Task<KioskTicket> IssueTicketAsync(this HttpClient http, string branchId)
    {
        using var response = await http.PostAsJsonAsync($"/api/lobbies/{branchId}/tickets", new { service = "Cash" }, GridJson.Options);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<KioskTicket>(GridJson.Options))!;
    }
}

/// <summary>What the kiosk answers.</summary>
public sealed record KioskTicket(string TicketId, string Number);
