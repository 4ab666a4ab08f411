using System.Net;
using System.Text.Json.Nodes;

namespace Actors.Api.Tests;

/// <summary>The terminal workflows over real HTTP, each step by a signed-in member of staff (403 / 409 ProblemDetails).</summary>
[Collection(ApiCollection.Name)]
public sealed class TerminalWorkflowsApiTests(ApiServerFixture server)
{
    private readonly HttpClient _md = server.Http;

    private sealed record Person(HttpClient Http, string Id) : IDisposable
    {
        public void Dispose() => Http.Dispose();
    }

    private async Task<string> InstitutionAsync(string? parentId)
    {
        if (parentId is null)
        {
            return StaffSessions.HeadOffice;
        }
        var id = Ids.New("br");
        var body = new { id, name = "Branch", kind = "branch", parentId };
        (await _md.ApiPostAsync("/api/institutions", body)).ShouldBe(HttpStatusCode.Created);
        return id;
    }

    private async Task<Person> StaffAsync(string institutionId, params string[] roles)
    {
        var http = await _md.NewStaffAsync(institutionId, roles);
        return new Person(http, (string)(await http.SnapshotAsync("/api/auth/me"))["staffId"]!);
    }

    private async Task<string> TerminalAsync(string institutionId, string maintainerId)
    {
        var id = Ids.New("pos");
        (await _md.ApiPostAsync("/api/terminals", Network.TerminalBody(id, institutionId, maintainerId, null))).ShouldBe(HttpStatusCode.Created);
        return id;
    }

    [Fact]
    public async Task The_six_steps_over_HTTP_refuse_wrong_people_with_403_and_wrong_order_with_409_and_change_the_maintainer_at_step_6()
    {
        var ho = await InstitutionAsync(null);
        var (a, b) = (await InstitutionAsync(ho), await InstitutionAsync(ho));
        using var maintainer = await StaffAsync(a, "clientManager");
        using var leadA = await StaffAsync(a, "teamLead");
        using var headA = await StaffAsync(a, "institutionHead");
        using var receiver = await StaffAsync(b, "clientManager");
        using var headB = await StaffAsync(b, "institutionHead");
        var terminal = await TerminalAsync(a, maintainer.Id);

        (await leadA.Http.ApiPostAsync($"/api/terminals/{terminal}/transfers", new { reason = "" })).ShouldBeValidationProblem("toStaffId", "reason");
        (await leadA.Http.ApiPostAsync($"/api/terminals/{terminal}/transfers", new { toStaffId = Ids.New("nobody"), reason = "x" })).ShouldBeValidationProblem("toStaffId");
        var filed = (await leadA.Http.ApiPostAsync($"/api/terminals/{terminal}/transfers", new { toStaffId = receiver.Id, reason = "merchant moved" }))
            .ShouldBe(HttpStatusCode.Created);
        var transfer = (string)filed.Json["transferId"]!;
        Assert.Equal($"/api/transfers/{transfer}", filed.Location?.OriginalString);
        Assert.Equal(("Ordinary", "Open", "MaintainerConfirmed"), ((string)filed.Json["kind"]!, (string)filed.Json["status"]!, (string)filed.Json["nextStep"]!));

        (await headA.Http.ApiPostAsync($"/api/transfers/{transfer}/confirm", new { })).ShouldBeProblem(HttpStatusCode.Conflict);
        (await headB.Http.ApiPostAsync($"/api/transfers/{transfer}/confirm", new { })).ShouldBeProblem(HttpStatusCode.Conflict);
        (await receiver.Http.ApiPostAsync($"/api/transfers/{transfer}/confirm", new { })).ShouldBeProblem(HttpStatusCode.Forbidden);
        (await receiver.Http.ApiPostAsync($"/api/transfers/{transfer}/withdraw", new { })).ShouldBeProblem(HttpStatusCode.Forbidden);
        (await maintainer.Http.ApiPostAsync($"/api/transfers/{transfer}/reject", new { })).ShouldBeValidationProblem("reason");
        var inbox = (await maintainer.Http.SnapshotAsync("/api/approvals"))["items"]!.AsArray();
        Assert.Contains(inbox, i => (string)i!["transferId"]! == transfer);
        var worklist = (await maintainer.Http.SnapshotAsync("/api/worklist"))["approvals"]!.AsArray();
        Assert.Contains(worklist, i => (string)i!["id"]! == transfer);

        (await maintainer.Http.ApiPostAsync($"/api/transfers/{transfer}/confirm", new { note = "agreed" })).ShouldBe(HttpStatusCode.OK);
        (await headA.Http.ApiPostAsync($"/api/transfers/{transfer}/confirm", new { })).ShouldBe(HttpStatusCode.OK);
        (await headB.Http.ApiPostAsync($"/api/transfers/{transfer}/confirm", new { })).ShouldBe(HttpStatusCode.OK);
        (await _md.ApiPostAsync($"/api/transfers/{transfer}/confirm", new { note = "no objection" })).ShouldBe(HttpStatusCode.OK);
        Assert.Equal(maintainer.Id, (string)(await _md.SnapshotAsync($"/api/terminals/{terminal}"))["maintainerId"]!);
        // Four eyes: who gave the opinion does not change the register; a second member of the department does.
        (await _md.ApiPostAsync($"/api/transfers/{transfer}/confirm", new { note = "register changed" })).ShouldBeProblem(HttpStatusCode.Forbidden);
        using var registrar = await _md.NewStaffAsync(ho, "managementDepartment");
        var done = (await registrar.ApiPostAsync($"/api/transfers/{transfer}/confirm", new { note = "register changed" })).ShouldBe(HttpStatusCode.OK).Json;
        Assert.Equal("Completed", (string)done["status"]!);
        Assert.Equal(receiver.Id, (string)(await _md.SnapshotAsync($"/api/terminals/{terminal}"))["maintainerId"]!);
        (await _md.ApiPostAsync($"/api/transfers/{transfer}/confirm", new { })).ShouldBeProblem(HttpStatusCode.Conflict);

        var audit = (await headA.Http.SnapshotAsync($"/api/terminals/{terminal}/audit"))["entries"]!.AsArray();
        Assert.Equal(["Filed", "MaintainerConfirmed", "OutgoingHeadConfirmed", "IncomingHeadConfirmed", "ManagementOpinion", "RegisterChanged"],
            audit.Select(e => ((string)e!["action"]!).Split(' ')[0]));
        Assert.Equal([leadA.Id, maintainer.Id, headA.Id, headB.Id], audit.Take(4).Select(e => (string)e!["by"]!));
        Assert.All(audit, e => Assert.Equal("127.0.0.1", (string?)e!["address"]));
        Assert.Equal(6, (await _md.SnapshotAsync($"/api/transfers/{transfer}"))["steps"]!.AsArray().Count);
    }

    [Fact]
    public async Task A_rejection_at_step_3_changes_nothing_and_a_departure_moves_a_leavers_whole_portfolio_through_the_chain()
    {
        var ho = await InstitutionAsync(null);
        var (a, b) = (await InstitutionAsync(ho), await InstitutionAsync(ho));
        using var leaver = await StaffAsync(a, "clientManager");
        using var leadA = await StaffAsync(a, "teamLead");
        using var headA = await StaffAsync(a, "institutionHead");
        using var receiver = await StaffAsync(b, "clientManager");
        var t1 = await TerminalAsync(a, leaver.Id);
        var t2 = await TerminalAsync(a, leaver.Id);

        var transfer = (string)(await leadA.Http.ApiPostAsync($"/api/terminals/{t1}/transfers", new { toStaffId = receiver.Id, reason = "x" }))
            .ShouldBe(HttpStatusCode.Created).Json["transferId"]!;
        (await leaver.Http.ApiPostAsync($"/api/transfers/{transfer}/confirm", new { })).ShouldBe(HttpStatusCode.OK);
        var rejected = (await headA.Http.ApiPostAsync($"/api/transfers/{transfer}/reject", new { reason = "merchant wants to keep their manager" }))
            .ShouldBe(HttpStatusCode.OK).Json;
        Assert.Equal(("Rejected", "OutgoingHeadConfirmed"), ((string)rejected["status"]!, (string)rejected["steps"]![2]!["step"]!));
        Assert.Equal(leaver.Id, (string)(await _md.SnapshotAsync($"/api/terminals/{t1}"))["maintainerId"]!);

        (await receiver.Http.ApiPostAsync($"/api/staff/{leaver.Id}/departure-transfers", new { toStaffId = receiver.Id, reason = "leaves" }))
            .ShouldBeProblem(HttpStatusCode.Forbidden);
        var departure = (await leadA.Http.ApiPostAsync($"/api/staff/{leaver.Id}/departure-transfers", new { toStaffId = receiver.Id, reason = "leaves the bank" }))
            .ShouldBe(HttpStatusCode.Created).Json;
        var items = departure["items"]!.AsArray();
        Assert.Equal(new[] { t1, t2 }.Order(), items.Select(i => (string)i!["terminalId"]!).Order());
        Assert.All(items, i => Assert.Equal(("Departure", "MaintainerConfirmed"), ((string)i!["kind"]!, (string)i["nextStep"]!)));
    }

    [Fact]
    public async Task Inactive_lists_need_a_month_and_answer_404_before_the_month_end_and_a_claim_needs_last_months_list()
    {
        var ho = await InstitutionAsync(null);
        var a = await InstitutionAsync(ho);
        using var maintainer = await StaffAsync(a, "clientManager");
        using var lead = await StaffAsync(a, "teamLead");
        var terminal = await TerminalAsync(a, maintainer.Id);

        (await lead.Http.ApiGetAsync($"/api/institutions/{a}/inactive-terminals")).ShouldBeValidationProblem("month");
        (await lead.Http.ApiGetAsync($"/api/institutions/{a}/inactive-terminals.csv?month=2026-13")).ShouldBeValidationProblem("month");
        (await lead.Http.ApiGetAsync($"/api/institutions/{a}/inactive-terminals?month=1999-01")).ShouldBeProblem(HttpStatusCode.NotFound);
        (await lead.Http.ApiPostAsync($"/api/terminals/{terminal}/activation-claims", new { })).ShouldBeProblem(HttpStatusCode.Conflict);
        (await lead.Http.ApiPostAsync("/api/activation-claims/batches", new { claimIds = Array.Empty<string>() })).ShouldBeValidationProblem("claimIds");
        (await maintainer.Http.ApiPostAsync("/api/activation-claims/batches", new { claimIds = new[] { "AC-1" } })).ShouldBeProblem(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Staff_of_another_branch_get_404_reading_and_403_changing_a_branchs_transfers_audit_and_lists()
    {
        var ho = await InstitutionAsync(null);
        var (x, y) = (await InstitutionAsync(ho), await InstitutionAsync(ho));
        using var maintainer = await StaffAsync(x, "clientManager");
        using var leadX = await StaffAsync(x, "teamLead");
        using var receiver = await StaffAsync(x, "clientManager");
        using var outsider = await StaffAsync(y, "teamLead", "institutionHead");
        var terminal = await TerminalAsync(x, maintainer.Id);
        var transfer = (string)(await leadX.Http.ApiPostAsync($"/api/terminals/{terminal}/transfers", new { toStaffId = receiver.Id, reason = "x" }))
            .ShouldBe(HttpStatusCode.Created).Json["transferId"]!;

        (await outsider.Http.ApiGetAsync($"/api/transfers/{transfer}")).ShouldBeProblem(HttpStatusCode.NotFound);
        (await outsider.Http.ApiGetAsync($"/api/terminals/{terminal}/audit")).ShouldBeProblem(HttpStatusCode.NotFound);
        (await outsider.Http.ApiGetAsync($"/api/institutions/{x}/inactive-terminals?month=2026-03")).ShouldBeProblem(HttpStatusCode.NotFound);
        (await outsider.Http.ApiGetAsync($"/api/institutions/{x}/inactive-terminals.csv?month=2026-03")).ShouldBeProblem(HttpStatusCode.NotFound);
        (await outsider.Http.ApiPostAsync($"/api/transfers/{transfer}/confirm", new { })).ShouldBeProblem(HttpStatusCode.Forbidden);
        (await outsider.Http.ApiPostAsync($"/api/transfers/{transfer}/reject", new { reason = "no" })).ShouldBeProblem(HttpStatusCode.Forbidden);
        (await outsider.Http.ApiPostAsync($"/api/transfers/{transfer}/withdraw", new { })).ShouldBeProblem(HttpStatusCode.Forbidden);
        (await outsider.Http.ApiPostAsync($"/api/terminals/{terminal}/transfers", new { toStaffId = outsider.Id, reason = "mine" })).ShouldBeProblem(HttpStatusCode.Forbidden);
        (await outsider.Http.ApiPostAsync($"/api/terminals/{terminal}/activation-claims", new { })).ShouldBeProblem(HttpStatusCode.Forbidden);
        (await outsider.Http.ApiPostAsync($"/api/staff/{maintainer.Id}/departure-transfers", new { toStaffId = outsider.Id, reason = "x" })).ShouldBeProblem(HttpStatusCode.Forbidden);
        Assert.Empty((await outsider.Http.SnapshotAsync("/api/approvals"))["items"]!.AsArray());
        Assert.Single((await _md.SnapshotAsync($"/api/transfers/{transfer}"))["steps"]!.AsArray());
    }
}
