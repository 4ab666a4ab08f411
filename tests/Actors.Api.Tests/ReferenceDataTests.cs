using System.Net;
using System.Text.Json.Nodes;

namespace Actors.Api.Tests;

/// <summary>Institutions, managers, clients, terminals and loans: registration, reads, idempotency, conflicts and validation.</summary>
[Collection(ApiCollection.Name)]
public sealed class ReferenceDataTests(ApiServerFixture server)
{
    private readonly HttpClient _http = server.Http;

    [Fact]
    public async Task Each_kind_is_created_with_201_and_Location_and_read_back_as_a_snapshot_with_enums_as_strings()
    {
        var institutionId = Ids.New("inst");
        var branchId = Ids.New("branch");
        var managerId = Ids.New("mgr");
        var clientId = Ids.New("cli");
        var terminalId = Ids.New("pos");
        var loanId = Ids.New("loan");
        var disbursedOn = BankDates.LatestDisbursementDay();

        var institution = (await _http.ApiPostAsync("/api/institutions", Network.InstitutionBody(institutionId))).ShouldBe(HttpStatusCode.Created);
        Assert.Equal($"/api/institutions/{institutionId}", institution.Location?.OriginalString);
        Assert.Equal("Branch", (string)institution.Json["kind"]!);

        var branch = (await _http.ApiPostAsync("/api/institutions", new { id = branchId, name = "Riverside sub-branch", kind = "subBranch", parentId = institutionId }))
            .ShouldBe(HttpStatusCode.Created);
        Assert.Equal($"/api/institutions/{branchId}", branch.Location?.OriginalString);

        var manager = (await _http.ApiPostAsync("/api/managers", Network.ManagerBody(managerId, branchId))).ShouldBe(HttpStatusCode.Created);
        Assert.Equal($"/api/managers/{managerId}", manager.Location?.OriginalString);

        var client = (await _http.ApiPostAsync("/api/clients", Network.ClientBody(clientId, branchId, managerId))).ShouldBe(HttpStatusCode.Created);
        Assert.Equal($"/api/clients/{clientId}", client.Location?.OriginalString);

        var terminal = (await _http.ApiPostAsync("/api/terminals", Network.TerminalBody(terminalId, branchId, managerId, clientId))).ShouldBe(HttpStatusCode.Created);
        Assert.Equal($"/api/terminals/{terminalId}", terminal.Location?.OriginalString);

        var loan = (await _http.ApiPostAsync("/api/loans", Network.LoanBody(loanId, branchId, clientId, disbursedOn))).ShouldBe(HttpStatusCode.Created);
        Assert.Equal($"/api/loans/{loanId}", loan.Location?.OriginalString);

        // GET returns the snapshot, the same one the 201 carried.
        var branchOfHeadOffice = await _http.SnapshotAsync($"/api/institutions/{institutionId}");
        Assert.Equal(institutionId, (string)branchOfHeadOffice["institutionId"]!);
        Assert.Equal("Branch", (string)branchOfHeadOffice["kind"]!);
        Assert.Equal(StaffSessions.HeadOffice, (string?)branchOfHeadOffice["parentId"]);

        var branchSnapshot = await _http.SnapshotAsync($"/api/institutions/{branchId}");
        Assert.Equal("SubBranch", (string)branchSnapshot["kind"]!);
        Assert.Equal(institutionId, (string)branchSnapshot["parentId"]!);
        Assert.Equal([terminalId], Strings(branchSnapshot["terminals"]));
        Assert.Equal([clientId], Strings(branchSnapshot["clients"]));
        Assert.Equal([loanId], Strings(branchSnapshot["loans"]));
        Assert.Equal([managerId], Strings(branchSnapshot["managers"]));

        var all = (await _http.ApiGetAsync("/api/institutions")).ShouldBe(HttpStatusCode.OK).Json.AsArray();
        Assert.Contains(all, i => (string)i!["institutionId"]! == institutionId);
        Assert.Contains(all, i => (string)i!["institutionId"]! == branchId);

        var managerSnapshot = await _http.SnapshotAsync($"/api/managers/{managerId}");
        Assert.Equal(["ClientManager"], Strings(managerSnapshot["roles"]));
        Assert.Equal(1, (int)managerSnapshot["clients"]!);
        Assert.Equal(1, (int)managerSnapshot["creditClients"]!);
        Assert.Equal("E", (string)managerSnapshot["tier"]!);

        var clientSnapshot = await _http.SnapshotAsync($"/api/clients/{clientId}");
        Assert.Equal("Corporate", (string)clientSnapshot["kind"]!);
        Assert.Equal("Unrated", (string)clientSnapshot["tier"]!);
        Assert.Equal(managerId, (string)clientSnapshot["managerId"]!);
        Assert.Equal(0m, (decimal)clientSnapshot["depositBalance"]!);
        Assert.True((bool)clientSnapshot["isCreditClient"]!);

        var terminalSnapshot = await _http.SnapshotAsync($"/api/terminals/{terminalId}");
        Assert.Equal(clientId, (string)terminalSnapshot["merchantClientId"]!);
        Assert.Equal(0, (int)terminalSnapshot["salesCount"]!);
        Assert.False((bool)terminalSnapshot["inactive"]!);

        var loanSnapshot = await _http.SnapshotAsync($"/api/loans/{loanId}");
        Assert.Equal("Current", (string)loanSnapshot["stage"]!);
        Assert.Equal(0, (int)loanSnapshot["daysPastDue"]!);
        Assert.Equal(disbursedOn.Iso(), (string)loanSnapshot["disbursedOn"]!);
        Assert.Equal(12, loanSnapshot["installments"]!.AsArray().Count);
        Assert.Equal(disbursedOn.AddMonths(1).Iso(), (string)loanSnapshot["nextDueDate"]!);
        var outstanding = (decimal)loanSnapshot["outstanding"]!;
        Assert.True(outstanding > Network.LoanPrincipal, "outstanding includes interest");
        Assert.Equal(outstanding, loanSnapshot["installments"]!.AsArray().Sum(i => (decimal)i!["amount"]!));
        Assert.Equal(outstanding, (decimal)clientSnapshot["loanBalance"]!);

        Assert.True(JsonNode.DeepEquals(loan.Json, loanSnapshot), $"201 body {loan.Text} differs from GET {loanSnapshot}");
    }

    [Fact]
    public async Task Posting_the_same_registration_again_is_idempotent()
    {
        var n = await Network.CreateAsync(_http);
        (string Path, object Body)[] registrations =
        [
            ($"/api/institutions/{n.InstitutionId}", Network.InstitutionBody(n.InstitutionId)),
            ($"/api/managers/{n.ManagerId}", Network.ManagerBody(n.ManagerId, n.InstitutionId)),
            ($"/api/clients/{n.ClientId}", Network.ClientBody(n.ClientId, n.InstitutionId, n.ManagerId)),
            ($"/api/terminals/{n.TerminalId}", Network.TerminalBody(n.TerminalId, n.InstitutionId, n.ManagerId, n.ClientId)),
            ($"/api/loans/{n.LoanId}", Network.LoanBody(n.LoanId, n.InstitutionId, n.ClientId, n.DisbursedOn)),
        ];
        foreach (var (path, body) in registrations)
        {
            var before = await _http.SnapshotAsync(path);
            var collection = path[..path.LastIndexOf('/')];
            var again = await _http.ApiPostAsync(collection, body);
            Assert.True(again.Status is HttpStatusCode.Created or HttpStatusCode.OK, $"re-POST to {collection}: {again}");
            Assert.True(JsonNode.DeepEquals(before, again.Json), $"re-POST to {collection} answered {again.Text}, snapshot was {before}");
            var after = await _http.SnapshotAsync(path);
            Assert.True(JsonNode.DeepEquals(before, after), $"re-POST to {collection} changed {before} into {after}");
        }

        // Nothing was registered twice.
        var institution = await _http.SnapshotAsync($"/api/institutions/{n.InstitutionId}");
        Assert.Single(institution["clients"]!.AsArray());
        Assert.Single(institution["loans"]!.AsArray());
        Assert.Equal(1, (int)(await _http.SnapshotAsync($"/api/managers/{n.ManagerId}"))["clients"]!);
    }

    [Fact]
    public async Task Posting_a_different_registration_under_a_taken_id_is_409_and_changes_nothing()
    {
        var n = await Network.CreateAsync(_http);
        (string Path, object Body)[] conflicts =
        [
            ($"/api/institutions/{n.InstitutionId}", Network.InstitutionBody(n.InstitutionId, name: "Another branch")),
            ($"/api/managers/{n.ManagerId}", Network.ManagerBody(n.ManagerId, n.InstitutionId, name: "Somebody else")),
            ($"/api/clients/{n.ClientId}", Network.ClientBody(n.ClientId, n.InstitutionId, n.ManagerId, name: "Another client")),
            ($"/api/terminals/{n.TerminalId}", Network.TerminalBody(n.TerminalId, n.InstitutionId, n.ManagerId, n.ClientId, merchantName: "Another shop")),
            ($"/api/loans/{n.LoanId}", Network.LoanBody(n.LoanId, n.InstitutionId, n.ClientId, n.DisbursedOn.AddDays(-1 * 0), annualRate: 0.08m)),
        ];
        foreach (var (path, body) in conflicts)
        {
            var before = await _http.SnapshotAsync(path);
            var collection = path[..path.LastIndexOf('/')];
            var problem = (await _http.ApiPostAsync(collection, body)).ShouldBeProblem(HttpStatusCode.Conflict);
            Assert.Contains("already registered", (string)problem["detail"]!);
            var after = await _http.SnapshotAsync(path);
            Assert.True(JsonNode.DeepEquals(before, after), $"a refused re-POST to {collection} changed {before} into {after}");
        }
    }

    [Theory]
    [InlineData("/api/institutions/{0}")]
    [InlineData("/api/managers/{0}")]
    [InlineData("/api/clients/{0}")]
    [InlineData("/api/terminals/{0}")]
    [InlineData("/api/loans/{0}")]
    public async Task An_unknown_id_is_404_ProblemDetails(string pathFormat)
    {
        var id = Ids.New("unknown");
        var problem = (await _http.ApiGetAsync(string.Format(pathFormat, id))).ShouldBeProblem(HttpStatusCode.NotFound);
        Assert.Contains(id, (string)problem["detail"]!);
    }

    [Fact]
    public async Task Client_commands_on_an_unknown_client_are_404_ProblemDetails()
    {
        var id = Ids.New("unknown");
        (await _http.ApiPutAsync($"/api/clients/{id}/adverse-record", new { badCreditOrLitigation = true })).ShouldBeProblem(HttpStatusCode.NotFound);
        (await _http.ApiGetAsync($"/api/clients/{id}")).ShouldBeProblem(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("/api/institutions", "id", "name", "kind")]
    [InlineData("/api/managers", "id", "institutionId", "name")]
    [InlineData("/api/clients", "id", "institutionId", "name", "kind")]
    [InlineData("/api/terminals", "id", "institutionId", "merchantName", "maintainerId")]
    [InlineData("/api/loans", "id", "institutionId", "clientId", "principal", "annualRate", "termMonths", "disbursedOn")]
    public async Task An_empty_registration_is_400_naming_each_missing_field(string path, params string[] fields)
    {
        (await _http.ApiPostAsync(path, new { })).ShouldBeValidationProblem(fields);
        (await _http.ApiPostAsync(path, new { id = "  ", name = "" })).ShouldBeValidationProblemNaming(fields);
    }

    [Theory]
    [InlineData("/api/institutions")]
    [InlineData("/api/managers")]
    [InlineData("/api/clients")]
    [InlineData("/api/terminals")]
    [InlineData("/api/loans")]
    public async Task A_body_that_is_not_JSON_is_400_naming_the_body_or_where_it_broke(string path)
    {
        // Truncated: the error names where the JSON broke off.
        (await _http.SendRawAsync(HttpMethod.Post, path, """{"id": "x", "name": """)).ShouldBeValidationProblem("name");
        (await _http.SendRawAsync(HttpMethod.Post, path, """{"id": "x", """)).ShouldBeValidationProblem("body");
        (await _http.SendRawAsync(HttpMethod.Post, path, "[1, 2]")).ShouldBeValidationProblem("body");
        (await _http.SendRawAsync(HttpMethod.Post, path, "")).ShouldBeValidationProblem("body");
        (await _http.SendRawAsync(HttpMethod.Post, path, "null")).ShouldBeValidationProblem("body");
        // Not JSON at all: the endpoint only accepts application/json.
        (await _http.SendRawAsync(HttpMethod.Post, path, "id=x", contentType: "text/plain")).ShouldBeProblemWithoutDetail(HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task Invalid_field_values_are_400_naming_each_field_and_create_nothing()
    {
        var n = await Network.CreateAsync(_http);

        var branchId = Ids.New("branch");
        (await _http.ApiPostAsync("/api/institutions", new { id = branchId, name = "Orphan branch", kind = "branch" })).ShouldBeValidationProblem("parentId");
        (await _http.ApiPostAsync("/api/institutions", new { id = branchId, name = "Bank", kind = "bank" })).ShouldBeValidationProblem("kind");
        (await _http.ApiPostAsync("/api/institutions", new { id = branchId, name = new string('x', 201), kind = "headOffice" })).ShouldBeValidationProblem("name");
        (await _http.ApiPostAsync("/api/institutions", new { id = new string('x', 65), name = "Too long an id", kind = "headOffice" })).ShouldBeValidationProblem("id");
        (await _http.ApiGetAsync($"/api/institutions/{branchId}")).ShouldBe(HttpStatusCode.NotFound);

        var clientId = Ids.New("cli");
        (await _http.ApiPostAsync("/api/clients", new { id = clientId, institutionId = n.InstitutionId, name = "C", kind = "individual", feeIncome = -1 }))
            .ShouldBeValidationProblem("feeIncome");
        (await _http.ApiPostAsync("/api/clients", new { id = clientId, institutionId = n.InstitutionId, name = "C", kind = "individual", relationshipSince = "yesterday" }))
            .ShouldBeValidationProblem("relationshipSince");
        (await _http.ApiGetAsync($"/api/clients/{clientId}")).ShouldBe(HttpStatusCode.NotFound);

        var loanId = Ids.New("loan");
        (await _http.ApiPostAsync("/api/loans", new
        {
            id = loanId, institutionId = n.InstitutionId, clientId = n.ClientId, principal = -1, annualRate = 1.5, termMonths = 0, disbursedOn = n.DisbursedOn.Iso(),
        })).ShouldBeValidationProblem("principal", "annualRate", "termMonths");
        (await _http.ApiPostAsync("/api/loans", new
        {
            id = loanId, institutionId = n.InstitutionId, clientId = n.ClientId, principal = 100.001, annualRate = -0.01, termMonths = 361, disbursedOn = n.DisbursedOn.Iso(),
        })).ShouldBeValidationProblem("principal", "annualRate", "termMonths");
        (await _http.ApiPostAsync("/api/loans", new
        {
            id = loanId, institutionId = n.InstitutionId, clientId = n.ClientId, principal = 0, annualRate = 0.05, termMonths = 12, disbursedOn = n.DisbursedOn.Iso(),
        })).ShouldBeValidationProblem("principal");
        (await _http.SendRawAsync(HttpMethod.Post, "/api/loans",
            $$"""{"id":"{{loanId}}","institutionId":"{{n.InstitutionId}}","clientId":"{{n.ClientId}}","principal":"lots","annualRate":0.05,"termMonths":12,"disbursedOn":"{{n.DisbursedOn.Iso()}}"}"""))
            .ShouldBeValidationProblem("principal");
        // A day the bank could disburse on, but not yet: the core system reports loans once paid out.
        (await _http.ApiPostAsync("/api/loans", Network.LoanBody(loanId, n.InstitutionId, n.ClientId, BankDates.NextDisbursementDayAfterToday())))
            .ShouldBeValidationProblem("disbursedOn");
        (await _http.ApiGetAsync($"/api/loans/{loanId}")).ShouldBe(HttpStatusCode.NotFound);
        Assert.Single((await _http.SnapshotAsync($"/api/institutions/{n.InstitutionId}"))["loans"]!.AsArray());
    }

    [Fact]
    public async Task A_reference_to_an_unknown_entity_is_400_naming_the_field_and_creates_nothing()
    {
        var n = await Network.CreateAsync(_http);
        var nowhere = Ids.New("nowhere");

        var branchId = Ids.New("branch");
        (await _http.ApiPostAsync("/api/institutions", new { id = branchId, name = "Branch", kind = "branch", parentId = nowhere })).ShouldBeValidationProblem("parentId");
        (await _http.ApiGetAsync($"/api/institutions/{branchId}")).ShouldBe(HttpStatusCode.NotFound);

        var managerId = Ids.New("mgr");
        (await _http.ApiPostAsync("/api/managers", Network.ManagerBody(managerId, nowhere))).ShouldBeValidationProblem("institutionId");
        (await _http.ApiGetAsync($"/api/managers/{managerId}")).ShouldBe(HttpStatusCode.NotFound);

        var clientId = Ids.New("cli");
        (await _http.ApiPostAsync("/api/clients", Network.ClientBody(clientId, nowhere, managerId: null))).ShouldBeValidationProblem("institutionId");
        (await _http.ApiPostAsync("/api/clients", Network.ClientBody(clientId, n.InstitutionId, managerId: nowhere))).ShouldBeValidationProblem("managerId");
        (await _http.ApiGetAsync($"/api/clients/{clientId}")).ShouldBe(HttpStatusCode.NotFound);

        var terminalId = Ids.New("pos");
        (await _http.ApiPostAsync("/api/terminals", Network.TerminalBody(terminalId, nowhere, n.ManagerId, n.ClientId))).ShouldBeValidationProblem("institutionId");
        (await _http.ApiPostAsync("/api/terminals", Network.TerminalBody(terminalId, n.InstitutionId, nowhere, n.ClientId))).ShouldBeValidationProblem("maintainerId");
        (await _http.ApiPostAsync("/api/terminals", Network.TerminalBody(terminalId, n.InstitutionId, n.ManagerId, nowhere))).ShouldBeValidationProblem("merchantClientId");
        (await _http.ApiGetAsync($"/api/terminals/{terminalId}")).ShouldBe(HttpStatusCode.NotFound);

        var loanId = Ids.New("loan");
        (await _http.ApiPostAsync("/api/loans", Network.LoanBody(loanId, nowhere, n.ClientId, n.DisbursedOn))).ShouldBeValidationProblem("institutionId");
        (await _http.ApiPostAsync("/api/loans", Network.LoanBody(loanId, n.InstitutionId, nowhere, n.DisbursedOn))).ShouldBeValidationProblem("clientId");
        (await _http.ApiGetAsync($"/api/loans/{loanId}")).ShouldBe(HttpStatusCode.NotFound);

        var institution = await _http.SnapshotAsync($"/api/institutions/{n.InstitutionId}");
        Assert.Single(institution["managers"]!.AsArray());
        Assert.Single(institution["clients"]!.AsArray());
        Assert.Single(institution["terminals"]!.AsArray());
        Assert.Single(institution["loans"]!.AsArray());
    }

    [Theory]
    [InlineData("2026-03-26", "25th")] // a Thursday, a working day, but after the 25th
    [InlineData("2026-02-26", "25th")] // a Thursday after the Spring Festival
    [InlineData("2026-10-05", "holiday")] // National Day
    [InlineData("2026-11-22", "Sunday")] // an ordinary Sunday
    public async Task A_loan_disbursed_after_the_25th_or_on_a_day_off_is_400_naming_disbursedOn(string disbursedOn, string reason)
    {
        var n = await Network.CreateAsync(_http);
        var loanId = Ids.New("loan");
        var errors = (await _http.ApiPostAsync("/api/loans", Network.LoanBody(loanId, n.InstitutionId, n.ClientId, DateOnly.Parse(disbursedOn))))
            .ShouldBeValidationProblem("disbursedOn");
        Assert.Contains(reason, (string)errors["disbursedOn"]![0]!);
        (await _http.ApiGetAsync($"/api/loans/{loanId}")).ShouldBe(HttpStatusCode.NotFound);
        Assert.Single((await _http.SnapshotAsync($"/api/institutions/{n.InstitutionId}"))["loans"]!.AsArray());
    }

    [Fact]
    public async Task A_loan_may_be_disbursed_on_a_make_up_working_Saturday()
    {
        var n = await Network.CreateAsync(_http);
        var loanId = Ids.New("loan");
        var loan = (await _http.ApiPostAsync("/api/loans", Network.LoanBody(loanId, n.InstitutionId, n.ClientId, new DateOnly(2026, 10, 10))))
            .ShouldBe(HttpStatusCode.Created).Json;
        Assert.Equal("2026-10-10", (string)loan["disbursedOn"]!);
        Assert.Equal("2026-11-10", (string)loan["installments"]![0]!["dueDate"]!);
    }

    [Fact]
    public async Task A_client_without_relationshipSince_starts_on_todays_business_date_in_China_Standard_Time()
    {
        var n = await Network.CreateAsync(_http);
        var clientId = Ids.New("cli");
        var before = BankDates.Today;
        var client = (await _http.ApiPostAsync("/api/clients", Network.ClientBody(clientId, n.InstitutionId, managerId: null))).ShouldBe(HttpStatusCode.Created).Json;
        var after = BankDates.Today;
        var since = DateOnly.Parse((string)client["relationshipSince"]!);
        Assert.True(since == before || since == after, $"relationshipSince {since:yyyy-MM-dd}, but the business date (UTC+8) is {before:yyyy-MM-dd}");
    }

    [Fact]
    public async Task A_client_can_be_reallocated_flagged_and_visited()
    {
        var n = await Network.CreateAsync(_http);
        var clientId = Ids.New("cli");
        // A long relationship (rated) and fee income worth 1,000,000 standard deposits: Silver.
        var created = (await _http.ApiPostAsync("/api/clients", new
        {
            id = clientId, institutionId = n.InstitutionId, name = "Old friend", kind = "individual", relationshipSince = "2020-01-06", feeIncome = 100_000,
        })).ShouldBe(HttpStatusCode.Created).Json;
        Assert.Equal("Silver", (string)created["tier"]!);
        Assert.Null(created["managerId"]);

        var flagged = (await _http.ApiPutAsync($"/api/clients/{clientId}/adverse-record", new { badCreditOrLitigation = true })).ShouldBe(HttpStatusCode.OK).Json;
        Assert.True((bool)flagged["adverseRecord"]!);
        Assert.Equal("Bronze", (string)flagged["tier"]!);
        (await _http.ApiPutAsync($"/api/clients/{clientId}/adverse-record", new { })).ShouldBeValidationProblem("badCreditOrLitigation");
        var cleared = (await _http.ApiPutAsync($"/api/clients/{clientId}/adverse-record", new { badCreditOrLitigation = false })).ShouldBe(HttpStatusCode.OK).Json;
        Assert.Equal("Silver", (string)cleared["tier"]!);

    }

    [Theory]
    [InlineData("POST", "/api/clients/{0}/manager")]
    [InlineData("PUT", "/api/clients/{0}/manager")]
    [InlineData("POST", "/api/clients/{0}/visits")]
    [InlineData("GET", "/api/worklist")]
    [InlineData("GET", "/api/worklist?team=true")]
    [InlineData("GET", "/api/institutions/{1}/unallocated-clients")]
    [InlineData("GET", "/api/institutions/{1}/kpis?month=2026-03")]
    public async Task Allocation_visits_worklist_and_KPIs_act_for_a_signed_in_user_only(string method, string pathFormat)
    {
        var n = await Network.CreateAsync(_http);
        var path = string.Format(System.Globalization.CultureInfo.InvariantCulture, pathFormat, n.ClientId, n.InstitutionId);
        var body = new { managerId = n.ManagerId, type = "onSite", findings = "all well" };
        using var anonymous = StaffSessions.Anonymous(server.Host.BaseAddress);
        var response = method switch
        {
            "POST" => await anonymous.ApiPostAsync(path, body),
            "PUT" => await anonymous.ApiPutAsync(path, body),
            _ => await anonymous.ApiGetAsync(path),
        };
        response.ShouldBeProblemWithoutDetail(HttpStatusCode.Unauthorized);
        Assert.Null((await _http.SnapshotAsync($"/api/clients/{n.ClientId}"))["lastVisitAt"]);
    }

    private static string[] Strings(JsonNode? array) => [.. array!.AsArray().Select(s => (string)s!)];
}
