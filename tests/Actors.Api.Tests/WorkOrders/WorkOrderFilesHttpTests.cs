using System.Net;
using System.Net.Http.Headers;
using Actors.Contracts.WorkOrders;
using Microsoft.Extensions.DependencyInjection;

namespace Actors.Api.Tests.WorkOrders;

/// <summary>A work order's steps and uploads over real HTTP, as the signed-in team lead and member.</summary>
[Collection(ApiCollection.Name)]
public sealed class WorkOrderFilesHttpTests(ApiServerFixture server)
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 1, 2, 3];

    private async Task<(string OrderId, HttpClient TeamLead, HttpClient Member, string MemberId, HttpClient Stranger)> BookedOrder()
    {
        var grains = server.Host.Services.GetRequiredService<IGrainFactory>();
        var subBranch = await BankRoot.SubBranchAsync(grains, Ids.New("sb"), name: "Riverside");
        var teamLead = await server.Http.NewStaffAsync(subBranch, "TeamLead");
        var member = await server.Http.NewStaffAsync(subBranch, "ClientManager");
        var stranger = await server.Http.NewStaffAsync(subBranch, "ClientManager");
        var memberId = (string)(await member.ApiGetAsync("/api/auth/me")).ShouldBe(HttpStatusCode.OK).Json["staffId"]!;
        var month = new DateOnly(2026, 4, 1);
        var orderId = WorkOrderIds.For(month, Ids.New("client"));
        await grains.GetGrain<IWorkOrderGrain>(orderId).Issue(new(subBranch, month, orderId[10..], "Client", DateTimeOffset.UtcNow,
            new DateOnly(2026, 4, 1), [], false, "L1", new DateOnly(2027, 4, 1)));

        (await member.ApiPostAsync($"/api/work-orders/{orderId}/assign", new { memberId })).ShouldBe(HttpStatusCode.Forbidden);
        (await teamLead.ApiPostAsync($"/api/work-orders/{orderId}/assign", new { memberId })).ShouldBe(HttpStatusCode.OK);
        (await teamLead.ApiPostAsync($"/api/work-orders/{orderId}/book", new { bookedFor = DateTimeOffset.UtcNow.AddDays(1) })).ShouldBe(HttpStatusCode.Forbidden);
        (await member.ApiPostAsync($"/api/work-orders/{orderId}/book", new { bookedFor = DateTimeOffset.UtcNow.AddDays(1) })).ShouldBe(HttpStatusCode.OK);
        return (orderId, teamLead, member, memberId, stranger);
    }

    private static Task<HttpResponseMessage> Upload(HttpClient http, string orderId, byte[] bytes, string kind = "photo", string fileName = "photo.jpg")
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
        form.Add(file, "file", fileName);
        form.Add(new StringContent(kind), "kind");
        return http.PostAsync($"/api/work-orders/{orderId}/files", form);
    }

    private static async Task AssertFieldProblem(HttpResponseMessage response, string field)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains($"\"{field}\"", text);
    }

    [Fact]
    public async Task A_photo_over_5_MB_or_not_a_jpeg_or_png_is_refused_naming_the_file_field()
    {
        var (orderId, _, member, _, _) = await BookedOrder();

        await AssertFieldProblem(await Upload(member, orderId, [.. Png, .. new byte[5 * 1024 * 1024]]), "file");
        await AssertFieldProblem(await Upload(member, orderId, "<html><script>alert(1)</script></html>"u8.ToArray()), "file");
        await AssertFieldProblem(await Upload(member, orderId, Png, kind: "selfie"), "kind");

        var order = (await member.ApiGetAsync($"/api/work-orders/{orderId}")).ShouldBe(HttpStatusCode.OK).Json;
        Assert.Empty(order["files"]!.AsArray());
    }

    [Fact]
    public async Task The_assignees_png_is_stored_and_served_with_its_proven_type_and_nosniff_and_nobody_else_may_attach()
    {
        var (orderId, teamLead, member, memberId, stranger) = await BookedOrder();

        Assert.Equal(HttpStatusCode.Forbidden, (await Upload(stranger, orderId, Png)).StatusCode);
        using var created = await Upload(member, orderId, Png, fileName: "../../evil.html");
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var meta = System.Text.Json.Nodes.JsonNode.Parse(await created.Content.ReadAsStringAsync())!;
        Assert.Equal("image/png", (string)meta["contentType"]!);
        Assert.Equal(memberId, (string)meta["uploadedBy"]!);
        Assert.Matches("^[0-9a-f]{32}\\.png$", (string)meta["fileId"]!);

        using var download = await teamLead.GetAsync($"/api/work-orders/{orderId}/files/{meta["fileId"]}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("image/png", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(Png, await download.Content.ReadAsByteArrayAsync());
    }
    [Fact]
    public async Task A_risk_signal_filed_on_the_visit_is_on_the_risk_list_for_the_management_department_not_for_a_client_manager()
    {
        var (orderId, _, member, memberId, _) = await BookedOrder();
        (await member.ApiPostAsync($"/api/work-orders/{orderId}/visit", new
        {
            paper = new { businessRunningNormally = true, repaymentPressure = false },
            riskSignals = new[] { new { signal = "PremisesUnattendedForLong", note = "shutter down on three visits" } },
        })).ShouldBe(HttpStatusCode.OK);

        (await member.ApiGetAsync("/api/risk-list")).ShouldBe(HttpStatusCode.Forbidden);
        var list = (await server.Http.ApiGetAsync("/api/risk-list")).ShouldBe(HttpStatusCode.OK).Json["items"]!.AsArray();
        var report = Assert.Single(list, r => (string)r!["workOrderId"]! == orderId)!;
        Assert.Equal(memberId, (string)report["reportedBy"]!);
        Assert.Contains("shutter down on three visits", (string)report["report"]!);
    }
    [Fact]
    public async Task Staff_of_another_sub_branch_get_404_reading_and_403_changing_a_work_order()
    {
        var (orderId, _, member, memberId, _) = await BookedOrder();
        var subBranch = (string)(await member.ApiGetAsync($"/api/work-orders/{orderId}")).ShouldBe(HttpStatusCode.OK).Json["institutionId"]!;
        var grains = server.Host.Services.GetRequiredService<IGrainFactory>();
        var other = Ids.New("sb");
        await BankRoot.SubBranchAsync(grains, other, name: "Hillside");
        using var outsider = await server.Http.NewStaffAsync(other, "TeamLead", "RiskOfficer");

        (await outsider.ApiGetAsync($"/api/work-orders/{orderId}")).ShouldBe(HttpStatusCode.NotFound);
        (await outsider.ApiGetAsync($"/api/institutions/{subBranch}/work-orders?month=2026-04")).ShouldBe(HttpStatusCode.NotFound);
        (await member.ApiGetAsync($"/api/institutions/{subBranch}/work-orders?month=2026-04")).ShouldBe(HttpStatusCode.OK);
        (await outsider.ApiPostAsync($"/api/work-orders/{orderId}/assign", new { memberId })).ShouldBe(HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.Forbidden, (await Upload(outsider, orderId, Png)).StatusCode);
    }
}
