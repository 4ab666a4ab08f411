using System.Net;
using System.Text.Json.Nodes;
using Actors.Contracts.Screens;
using Actors.Screens;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Actors.Api.Tests;

/// <summary>Sign-in, and what a signed-in user of one institution can and cannot reach of another's.</summary>
[Collection(ApiCollection.Name)]
public sealed class SecurityTests(ApiServerFixture server)
{
    private readonly HttpClient _md = server.Http;

    [Fact]
    public async Task Every_api_route_answers_401_ProblemDetails_without_sign_in()
    {
        var routes = server.Host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => (Method: m, Route: e.RoutePattern.RawText!)))
            .Where(r => r.Route != "/api/auth/sign-in")
            .ToList();
        Assert.True(routes.Count > 30, $"only {routes.Count} routes found");
        using var anonymous = StaffSessions.Anonymous(server.Host.BaseAddress);

        foreach (var (method, route) in routes)
        {
            var path = System.Text.RegularExpressions.Regex.Replace(route, "{[^}]+}", "x");
            var response = await anonymous.SendRawAsync(new HttpMethod(method), path, method == "GET" ? null : "{}");
            Assert.True(response.Status == HttpStatusCode.Unauthorized, $"{method} {route}: {response}");
            Assert.Equal("application/problem+json", response.MediaType);
        }
    }

    [Fact]
    public async Task Sign_in_with_a_bad_password_or_an_unknown_login_is_401_and_missing_fields_400()
    {
        using var staff = await _md.NewStaffAsync(await BranchAsync(), "clientManager");
        var me = (await staff.ApiGetAsync("/api/auth/me")).ShouldBe(HttpStatusCode.OK).Json;
        using var anonymous = StaffSessions.Anonymous(server.Host.BaseAddress);

        (await anonymous.ApiPostAsync("/api/auth/sign-in", new { login = (string)me["staffId"]!, password = "not the password at all" }))
            .ShouldBeProblem(HttpStatusCode.Unauthorized);
        (await anonymous.ApiPostAsync("/api/auth/sign-in", new { login = Ids.New("nobody"), password = StaffSessions.Password }))
            .ShouldBeProblem(HttpStatusCode.Unauthorized);
        (await anonymous.ApiPostAsync("/api/auth/sign-in", new { login = "", password = "" })).ShouldBeValidationProblem("login", "password");
        (await anonymous.ApiGetAsync("/api/auth/me")).ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task The_sign_in_cookie_is_HttpOnly_and_SameSite_strict_and_sign_out_ends_the_session()
    {
        var institution = await BranchAsync();
        var staffId = Ids.New("staff");
        (await _md.ApiPostAsync("/api/managers", new { id = staffId, institutionId = institution, name = "Li Na", roles = new[] { "teamLead", "clientManager" } })).ShouldBe(HttpStatusCode.Created);
        (await _md.ApiPostAsync($"/api/staff/{staffId}/password", new { password = "short" })).ShouldBeValidationProblem("password");
        (await _md.ApiPostAsync($"/api/staff/{staffId}/password", new { password = StaffSessions.Password })).ShouldBe(HttpStatusCode.NoContent);

        using var raw = new HttpClient { BaseAddress = server.Host.BaseAddress };
        using var response = await raw.PostAsync("/api/auth/sign-in", new StringContent($$"""{"login":"{{staffId}}","password":"{{StaffSessions.Password}}"}""", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("bg.auth=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        var me = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(staffId, (string)me["staffId"]!);
        Assert.Equal(institution, (string)me["institutionId"]!);
        Assert.Equal("Branch", (string)me["institutionName"]!);
        Assert.Equal(["TeamLead", "ClientManager"], me["roles"]!.AsArray().Select(r => (string)r!));

        using var session = await StaffSessions.SignInAsync(server.Host.BaseAddress, staffId);
        (await session.ApiGetAsync("/api/auth/me")).ShouldBe(HttpStatusCode.OK);
        (await session.ApiPostAsync("/api/auth/sign-out", new { })).ShouldBe(HttpStatusCode.NoContent);
        (await session.ApiGetAsync("/api/auth/me")).ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task The_keys_protecting_the_cookie_are_in_the_grains_store_where_every_silo_finds_them()
    {
        var ring = server.Host.Services.GetRequiredService<IGrainFactory>().GetGrain<Actors.Contracts.Staff.ISignInKeyRingGrain>(Actors.Contracts.Staff.ISignInKeyRingGrain.Key);

        var keys = await ring.List();

        Assert.Contains(keys, k => k.StartsWith("<key ", StringComparison.Ordinal) && k.Contains("<creationDate>", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Only_the_management_department_sets_someone_elses_password_and_registers_staff()
    {
        var institution = await BranchAsync();
        using var lead = await _md.NewStaffAsync(institution, "teamLead");
        var other = Ids.New("staff");
        (await _md.ApiPostAsync("/api/managers", new { id = other, institutionId = institution, name = "Wu Lei" })).ShouldBe(HttpStatusCode.Created);

        (await lead.ApiPostAsync($"/api/staff/{other}/password", new { password = StaffSessions.Password })).ShouldBeProblem(HttpStatusCode.Forbidden);
        (await lead.ApiPostAsync("/api/managers", new { id = Ids.New("staff"), institutionId = institution, name = "Wu Lei" }))
            .ShouldBeProblemWithoutDetail(HttpStatusCode.Forbidden);
        (await _md.ApiPostAsync($"/api/staff/{Ids.New("nobody")}/password", new { password = StaffSessions.Password })).ShouldBeProblem(HttpStatusCode.NotFound);
        // Anyone changes their own, with the current one; never through the administrator's route.
        var me = (string)(await lead.ApiGetAsync("/api/auth/me")).Json["staffId"]!;
        (await lead.ApiPostAsync($"/api/staff/{me}/password", new { password = "another long passphrase" })).ShouldBeProblem(HttpStatusCode.Forbidden);
        (await lead.ApiPostAsync("/api/auth/password", new { currentPassword = "not my password", newPassword = "another long passphrase" }))
            .ShouldBeValidationProblem("currentPassword");
        (await lead.ApiPostAsync("/api/auth/password", new { currentPassword = StaffSessions.Password, newPassword = "short" })).ShouldBeValidationProblem("newPassword");
        (await lead.ApiPostAsync("/api/auth/password", new { currentPassword = StaffSessions.Password, newPassword = "another long passphrase" }))
            .ShouldBe(HttpStatusCode.NoContent);
        (await StaffSessions.SignInAsync(_md.BaseAddress!, me, "another long passphrase")).Dispose();
    }

    [Fact]
    public async Task The_Orleans_dashboard_is_for_the_management_department_only()
    {
        using var anonymous = StaffSessions.Anonymous(server.Host.BaseAddress);
        using var manager = await _md.NewStaffAsync(await BranchAsync(), "clientManager", "institutionHead");

        (await anonymous.ApiGetAsync("/dashboard/")).ShouldBe(HttpStatusCode.Unauthorized);
        (await manager.ApiGetAsync("/dashboard/")).ShouldBe(HttpStatusCode.Forbidden);
        (await _md.ApiGetAsync("/dashboard/")).ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Transactions_need_the_upstream_key_or_the_management_department()
    {
        var n = await Network.CreateAsync(_md);
        using var anonymous = StaffSessions.Anonymous(server.Host.BaseAddress);
        using var manager = await _md.NewStaffAsync(n.InstitutionId, "clientManager");
        var batch = Tx.Batch(n.Deposit(10m));

        (await anonymous.PostBatchAsync(batch)).ShouldBeProblem(HttpStatusCode.Unauthorized);
        (await manager.PostBatchAsync(batch)).ShouldBeProblem(HttpStatusCode.Forbidden);
        anonymous.DefaultRequestHeaders.Add("X-Upstream-Key", "not-the-key");
        (await anonymous.PostBatchAsync(batch)).ShouldBeProblem(HttpStatusCode.Unauthorized);
        using var upstream = StaffSessions.Anonymous(server.Host.BaseAddress);
        upstream.DefaultRequestHeaders.Add("X-Upstream-Key", GridHost.UpstreamKey);
        Assert.Equal("Applied", Assert.Single(await upstream.ApplyAsync(batch)).Status);
        Assert.Equal(10m, (await n.EffectsAsync(_md)).DepositBalance);
    }

    [Fact]
    public async Task A_user_of_one_branch_can_neither_read_nor_change_another_branchs_entities_through_any_route()
    {
        var bank = await TwoBranchesAsync();
        var y = bank.Y;
        using var x = await _md.NewStaffAsync(bank.X.InstitutionId, "clientManager", "teamLead", "lobbyManager", "collector", "riskOfficer", "institutionHead");
        using var xManagement = await _md.NewStaffAsync(bank.X.InstitutionId, "managementDepartment");

        // Their own branch and its sub-branch: visible.
        (await x.ApiGetAsync($"/api/clients/{bank.X.ClientId}")).ShouldBe(HttpStatusCode.OK);
        (await x.ApiGetAsync($"/api/institutions/{bank.SubBranchOfX}")).ShouldBe(HttpStatusCode.OK);
        (await x.ApiGetAsync($"/api/lobbies/{bank.SubBranchOfX}")).ShouldBe(HttpStatusCode.OK);
        var listed = (await x.ApiGetAsync("/api/institutions")).ShouldBe(HttpStatusCode.OK).Json.AsArray().Select(i => (string)i!["institutionId"]!).ToList();
        Assert.Equal([bank.X.InstitutionId, bank.SubBranchOfX], listed.Order());
        Assert.DoesNotContain(y.InstitutionId, listed);

        // The other branch: reads are 404 (its entities are not revealed)…
        string[] reads =
        [
            $"/api/institutions/{y.InstitutionId}", $"/api/managers/{y.ManagerId}", $"/api/clients/{y.ClientId}",
            $"/api/terminals/{y.TerminalId}", $"/api/loans/{y.LoanId}", $"/api/collections/rooms/{y.InstitutionId}",
            $"/api/collections/rooms/{ScreenStreams.CentralRoom}", $"/api/collectors/{y.ManagerId}/worklist?institutionId={y.InstitutionId}",
            $"/api/collectors/{y.ManagerId}/worklist?institutionId={bank.X.InstitutionId}",
            $"/api/lobbies/{y.InstitutionId}", $"/api/lobbies/{y.InstitutionId}/prospects", $"/api/lobbies/{y.InstitutionId}/tickets/t1",
        ];
        foreach (var path in reads)
        {
            Assert.True((await x.ApiGetAsync(path)).Status == HttpStatusCode.NotFound, $"GET {path}");
        }

        // …and changes 403 (bodies otherwise valid for this user).
        var day = BankDates.LatestDisbursementDay();
        (string Path, object Body)[] writes =
        [
            ("/api/clients", Network.ClientBody(Ids.New("cli"), y.InstitutionId, null)),
            ($"/api/clients/{y.ClientId}/visits", new { type = "phone", by = "me", findings = "fine" }),
            ("/api/terminals", Network.TerminalBody(Ids.New("pos"), y.InstitutionId, bank.X.ManagerId, null)),
            ("/api/loans", Network.LoanBody(Ids.New("loan"), y.InstitutionId, bank.X.ClientId, day)),
            ($"/api/loans/{y.LoanId}/collector", new { collectorId = y.ManagerId }),
            ($"/api/loans/{y.LoanId}/calls", new { collectorId = y.ManagerId, number = "mobile", outcome = "noAnswer", note = "n" }),
            ($"/api/loans/{y.LoanId}/promises", new { amount = 10m, promisedFor = DateTimeOffset.UtcNow.AddDays(1), by = y.ManagerId }),
            ($"/api/collections/rooms/{y.InstitutionId}/rebuild", new { }),
            ($"/api/collections/rooms/{ScreenStreams.CentralRoom}/rebuild", new { }),
            ($"/api/lobbies/{y.InstitutionId}/tickets", new { service = "cash" }),
            ($"/api/lobbies/{y.InstitutionId}/desks", new { deskId = "d1", name = "Desk 1", kind = "counter", services = new[] { "cash" } }),
            ($"/api/lobbies/{y.InstitutionId}/desks/d1/call-next", new { }),
            ($"/api/lobbies/{y.InstitutionId}/complaints", new { channel = "inPerson", content = "slow", owner = "me" }),
            ($"/api/lobbies/{y.InstitutionId}/prospects", new { customerName = "Chen", managerId = y.ManagerId, note = "n" }),
            ($"/api/staff/{y.ManagerId}/password", new { password = StaffSessions.Password }),
        ];
        foreach (var (path, body) in writes)
        {
            Assert.True((await x.ApiPostAsync(path, body)).Status == HttpStatusCode.Forbidden, $"POST {path}");
        }
        (await x.ApiPutAsync($"/api/clients/{y.ClientId}/manager", new { managerId = y.ManagerId })).ShouldBeProblem(HttpStatusCode.Forbidden);
        (await x.ApiPutAsync($"/api/clients/{y.ClientId}/adverse-record", new { badCreditOrLitigation = true })).ShouldBeProblem(HttpStatusCode.Forbidden);

        // Nor can the other branch's staff or clients be referred to from one's own: they are "not registered" to this user.
        (await x.ApiPostAsync("/api/clients", Network.ClientBody(Ids.New("cli"), bank.X.InstitutionId, y.ManagerId))).ShouldBeValidationProblem("managerId");
        (await xManagement.ApiPostAsync("/api/terminals", Network.TerminalBody(Ids.New("pos"), bank.X.InstitutionId, y.ManagerId, y.ClientId)))
            .ShouldBeValidationProblem("maintainerId", "merchantClientId");
        (await xManagement.ApiPostAsync("/api/loans", Network.LoanBody(Ids.New("loan"), bank.X.InstitutionId, y.ClientId, day))).ShouldBeValidationProblem("clientId");
        (await x.ApiPutAsync($"/api/clients/{bank.X.ClientId}/manager", new { managerId = y.ManagerId })).ShouldBeValidationProblem("managerId");
        (await x.ApiPostAsync($"/api/loans/{bank.X.LoanId}/collector", new { collectorId = y.ManagerId })).ShouldBeValidationProblem("collectorId");

        // The management department of one branch neither registers in nor posts for the other.
        (await xManagement.ApiPostAsync("/api/institutions", new { id = Ids.New("sb"), name = "Sub", kind = "subBranch", parentId = y.InstitutionId }))
            .ShouldBeProblem(HttpStatusCode.Forbidden);
        (await xManagement.ApiPostAsync("/api/institutions", Network.InstitutionBody(Ids.New("ho")))).ShouldBeProblem(HttpStatusCode.Forbidden);
        (await xManagement.ApiPostAsync("/api/managers", Network.ManagerBody(Ids.New("mgr"), y.InstitutionId))).ShouldBeProblem(HttpStatusCode.Forbidden);
        (await xManagement.ApiPostAsync($"/api/staff/{y.ManagerId}/password", new { password = StaffSessions.Password })).ShouldBeProblem(HttpStatusCode.Forbidden);
        (await xManagement.PostBatchAsync(Tx.Batch(y.Deposit(5m)))).ShouldBeProblem(HttpStatusCode.Forbidden);
        Assert.Equal("Applied", Assert.Single(await xManagement.ApplyAsync(Tx.Batch(bank.X.Deposit(5m)))).Status);

        // Nothing of the other branch changed.
        var effects = await y.EffectsAsync(_md);
        Assert.Equal(0m, effects.DepositBalance);
        var client = await _md.SnapshotAsync($"/api/clients/{y.ClientId}");
        Assert.Equal(y.ManagerId, (string?)client["managerId"]);
        Assert.Empty((await _md.SnapshotAsync($"/api/lobbies/{y.InstitutionId}"))["tickets"]!.AsArray());
    }

    [Fact]
    public async Task The_screens_hub_needs_sign_in_and_refuses_another_branchs_lobby_and_board()
    {
        var bank = await TwoBranchesAsync();
        using var x = await _md.NewStaffAsync(bank.X.InstitutionId, "lobbyManager", "collector");

        using var anonymous = StaffSessions.Anonymous(server.Host.BaseAddress);
        (await anonymous.ApiPostAsync($"{ScreenHubProtocol.Path}/negotiate?negotiateVersion=1", new { })).ShouldBe(HttpStatusCode.Unauthorized);

        await using var hub = new HubConnectionBuilder()
            .WithUrl(new Uri(server.Host.BaseAddress, ScreenHubProtocol.Path.TrimStart('/')), o =>
            {
                o.Cookies = x.Cookies();
                o.Transports = HttpTransportType.WebSockets;
            })
            .Build();
        await hub.StartAsync();

        await hub.InvokeAsync<JsonNode>(ScreenHubProtocol.JoinLobby, bank.SubBranchOfX);
        await hub.InvokeAsync<JsonNode>(ScreenHubProtocol.JoinBoard, bank.X.InstitutionId);
        await Assert.ThrowsAsync<HubException>(() => hub.InvokeAsync<JsonNode>(ScreenHubProtocol.JoinLobby, bank.Y.InstitutionId));
        await Assert.ThrowsAsync<HubException>(() => hub.InvokeAsync<JsonNode>(ScreenHubProtocol.JoinBoard, bank.Y.InstitutionId));
        await Assert.ThrowsAsync<HubException>(() => hub.InvokeAsync<JsonNode>(ScreenHubProtocol.JoinBoard, ScreenStreams.CentralRoom));
    }

    private sealed record TwoBranches(Network X, Network Y, string SubBranchOfX);

    /// <summary>A head office with two branches X and Y, each with a manager, client, terminal and loan; X with a sub-branch.</summary>
    private async Task<TwoBranches> TwoBranchesAsync()
    {
        var headOffice = await InstitutionAsync(null);
        var x = await Network.CreateAsync(_md, await InstitutionAsync(headOffice));
        var y = await Network.CreateAsync(_md, await InstitutionAsync(headOffice));
        var sub = Ids.New("sb");
        (await _md.ApiPostAsync("/api/institutions", new { id = sub, name = "Sub-branch", kind = "subBranch", parentId = x.InstitutionId })).ShouldBe(HttpStatusCode.Created);
        return new(x, y, sub);
    }

    /// <summary>A head office (no parent) or a branch beneath one.</summary>
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

    private async Task<string> BranchAsync() => await InstitutionAsync(await InstitutionAsync(null));
}
