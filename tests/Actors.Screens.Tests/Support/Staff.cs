using System.Net;
using System.Text.Json;

namespace Actors.Screens.Tests.Support;

/// <summary>Staff, clients, terminals and transfers made over the API, by the management user or as the staff themselves.</summary>
public static class Staff
{
    /// <summary>A member of staff with one role and the test password; answers their staff id (their login).</summary>
    public static async Task<string> RegisterAsync(HttpClient management, string institutionId, string name, string role)
    {
        var id = Branches.NewId("st");
        await PostAsync(management, "/api/managers", new { id, institutionId, name, roles = new[] { role } });
        await PostAsync(management, $"/api/staff/{id}/password", new { password = StaffSession.Password }, HttpStatusCode.NoContent);
        return id;
    }

    public static async Task<string> TerminalAsync(HttpClient management, string institutionId, string maintainerId)
    {
        var id = Branches.NewId("pos");
        await PostAsync(management, "/api/terminals", new { id, institutionId, merchantName = "Shenzhen Tea House", maintainerId });
        return id;
    }

    /// <summary>A corporate client of some years' standing with no manager yet, never visited.</summary>
    public static async Task<string> UnallocatedClientAsync(HttpClient management, string institutionId)
    {
        var id = Branches.NewId("cl");
        await PostAsync(management, "/api/clients", new { id, institutionId, name = "Futian Hardware Ltd", kind = "corporate", relationshipSince = "2020-01-06" });
        return id;
    }

    /// <summary>
    /// Step 1 by an applicant, step 2 by the maintainer (four eyes: one person takes one step of a case); the transfer then
    /// waits for the outgoing head.
    /// </summary>
    public static async Task<string> FileAndConfirmTransferAsync(HttpClient applicant, HttpClient maintainer, string terminalId, string toStaffId)
    {
        var filed = await PostAsync(applicant, $"/api/terminals/{terminalId}/transfers", new { toStaffId, reason = "The merchant moved to Luohu." });
        var transferId = filed.GetProperty("transferId").GetString()!;
        await PostAsync(maintainer, $"/api/transfers/{transferId}/confirm", new { }, HttpStatusCode.OK);
        return transferId;
    }

    public static Task<JsonElement> PostAsync(HttpClient http, string path, object body, HttpStatusCode expected = HttpStatusCode.Created) =>
        JsonApi.PostAsync(http, path, body, expected);

    public static Task<JsonElement> GetAsync(HttpClient http, string path) => JsonApi.GetAsync(http, path);
}
