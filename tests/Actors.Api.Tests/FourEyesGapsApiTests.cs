using System.Net;

namespace Actors.Api.Tests;

/// <summary>
/// Four eyes at the edges of the transfer chain, over real HTTP: a maintainer cannot file a transfer of their own
/// terminal (they would then confirm their own case), and a disabled leaver does not stall their departure: their step
/// passes to a team lead of their institution, who did not file it, and the case's audit says so.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class FourEyesGapsApiTests(ApiServerFixture server)
{
    private readonly HttpClient _md = server.Http;

    [Fact]
    public async Task A_maintainer_cannot_file_a_transfer_of_their_own_terminal_and_a_colleague_still_can()
    {
        var a = await BranchAsync();
        var (maintainer, maintainerId) = await StaffAsync(a, "clientManager", "teamLead");
        var (lead, _) = await StaffAsync(a, "teamLead");
        var (_, receiverId) = await StaffAsync(a, "clientManager");
        var terminal = await TerminalAsync(a, maintainerId);

        var refused = (await maintainer.ApiPostAsync($"/api/terminals/{terminal}/transfers", new { toStaffId = receiverId, reason = "mine to give" }))
            .ShouldBeProblem(HttpStatusCode.Forbidden);
        Assert.Equal("four-eyes", (string?)refused["rule"]);

        // Nothing was filed, nothing holds the terminal: a colleague files it and it waits for the maintainer.
        var filed = (await lead.ApiPostAsync($"/api/terminals/{terminal}/transfers", new { toStaffId = receiverId, reason = "merchant moved" }))
            .ShouldBe(HttpStatusCode.Created).Json;
        Assert.Equal("MaintainerConfirmed", (string?)filed["nextStep"]);
        Assert.Single((await _md.SnapshotAsync($"/api/terminals/{terminal}/audit"))["entries"]!.AsArray());
    }

    [Fact]
    public async Task A_disabled_leavers_step_passes_to_another_team_lead_of_their_institution_and_the_case_goes_on()
    {
        var (a, b) = (await BranchAsync(), await BranchAsync());
        var (_, leaverId) = await StaffAsync(a, "clientManager");
        var (filer, _) = await StaffAsync(a, "teamLead");
        var (standIn, standInId) = await StaffAsync(a, "teamLead");
        var (otherLead, _) = await StaffAsync(b, "teamLead");
        var (headA, _) = await StaffAsync(a, "institutionHead");
        var (_, receiverId) = await StaffAsync(b, "clientManager");
        var terminal = await TerminalAsync(a, leaverId);
        (await _md.ApiPostAsync($"/api/staff/{leaverId}/disable", new { })).ShouldBe(HttpStatusCode.OK);

        var departure = (await filer.ApiPostAsync($"/api/staff/{leaverId}/departure-transfers", new { toStaffId = receiverId, reason = "left the bank" }))
            .ShouldBe(HttpStatusCode.Created).Json;
        var transfer = (string)departure["items"]![0]!["transferId"]!;

        // The filer may not take it (four eyes); a team lead of another institution is not named by it.
        Assert.Equal("four-eyes", (string?)(await filer.ApiPostAsync($"/api/transfers/{transfer}/confirm", new { })).ShouldBeProblem(HttpStatusCode.Forbidden)["rule"]);
        (await otherLead.ApiPostAsync($"/api/transfers/{transfer}/confirm", new { })).ShouldBeProblem(HttpStatusCode.Forbidden);

        var inbox = (await standIn.ApiGetAsync("/api/approvals")).ShouldBe(HttpStatusCode.OK).Json["items"]!.AsArray();
        Assert.Contains(inbox, i => (string?)i!["transferId"] == transfer);
        var confirmed = (await standIn.ApiPostAsync($"/api/transfers/{transfer}/confirm", new { note = "portfolio checked" })).ShouldBe(HttpStatusCode.OK).Json;
        Assert.Equal("OutgoingHeadConfirmed", (string?)confirmed["nextStep"]);
        var step = confirmed["steps"]![1]!;
        Assert.Equal(("MaintainerConfirmed", standInId), ((string?)step["step"], (string?)step["by"]));
        Assert.Equal($"for {leaverId}, who has left (account disabled): portfolio checked", (string?)step["note"]);

        var audit = (await _md.SnapshotAsync($"/api/terminals/{terminal}/audit"))["entries"]!.AsArray();
        Assert.Contains(audit, e => (string?)e!["by"] == standInId && (string?)e["role"] == "StandInForLeaver");
        (await headA.ApiPostAsync($"/api/transfers/{transfer}/confirm", new { })).ShouldBe(HttpStatusCode.OK);
    }

    private async Task<string> BranchAsync()
    {
        var id = Ids.New("br");
        (await _md.ApiPostAsync("/api/institutions", Network.InstitutionBody(id))).ShouldBe(HttpStatusCode.Created);
        return id;
    }

    private async Task<(HttpClient Http, string Id)> StaffAsync(string institutionId, params string[] roles)
    {
        var http = await _md.NewStaffAsync(institutionId, roles);
        return (http, (string)(await http.SnapshotAsync("/api/auth/me"))["staffId"]!);
    }

    private async Task<string> TerminalAsync(string institutionId, string maintainerId)
    {
        var id = Ids.New("pos");
        (await _md.ApiPostAsync("/api/terminals", Network.TerminalBody(id, institutionId, maintainerId, null))).ShouldBe(HttpStatusCode.Created);
        return id;
    }
}
