using System.Net;
using System.Text.Json.Nodes;

namespace Actors.Api.Tests.Contract;

/// <summary>
/// The input defects found from the outside (issue 11), each through HTTP: a 400 ProblemDetails naming the field, and
/// nothing stored. Enums only by their names, numbers only as numbers, instants only with an offset, dates within
/// each field's bounds.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class StrictInputTests(ApiServerFixture server)
{
    private readonly HttpClient _http = server.Http;

    public static TheoryData<string, string> BadTransactionFields => new()
    {
        // The enum converter took integers, and the switch's default branch was a withdrawal.
        { """ "type": 7 """, "type" },
        { """ "type": 99 """, "type" },
        { """ "type": -1 """, "type" },
        { """ "type": "7" """, "type" },
        { """ "type": "Repayment, Deposit" """, "type" },
        { """ "type": "Salary" """, "type" },
        // Numbers only as JSON numbers.
        { """ "amount": "100" """, "amount" },
        // An instant without its offset (or a date alone) would be read in the server's zone, eight hours off.
        { """ "at": "2026-05-01T17:59:00" """, "at" },
        { """ "at": "2026-05-01" """, "at" },
        { """ "at": "0001-01-01T00:00:00+08:00" """, "at" },
    };

    [Theory]
    [MemberData(nameof(BadTransactionFields))]
    public async Task A_transaction_with_a_bad_field_is_400_naming_it_and_changes_no_balance(string field, string name)
    {
        var n = await Network.CreateAsync(_http);
        var before = await n.EffectsAsync(_http);
        var item = n.Deposit(100m);
        var bad = JsonNode.Parse("{" + field + "}")!.AsObject();
        foreach (var (key, value) in bad)
        {
            item[key] = value?.DeepClone();
        }

        (await _http.PostBatchAsync(Tx.Batch(item))).ShouldBeValidationProblem($"transactions[0].{name}");

        Assert.Equal(before, await n.EffectsAsync(_http));
    }

    [Fact]
    public async Task Enum_numbers_and_undefined_names_are_400_in_every_body_and_nothing_is_registered()
    {
        var n = await Network.CreateAsync(_http);
        var clientId = Ids.New("cli");
        (await _http.ApiPostAsync("/api/clients", new { id = clientId, institutionId = n.InstitutionId, name = "Kind nine", kind = 9 }))
            .ShouldBeValidationProblem("kind");
        (await _http.ApiGetAsync($"/api/clients/{clientId}")).ShouldBeProblem(HttpStatusCode.NotFound);

        var staffId = Ids.New("staff");
        (await _http.ApiPostAsync("/api/managers", new { id = staffId, institutionId = n.InstitutionId, name = "Forty-two", roles = new object[] { "Collector", 42 } }))
            .ShouldBeValidationProblem("roles[1]");
        (await _http.ApiGetAsync($"/api/managers/{staffId}")).ShouldBeProblem(HttpStatusCode.NotFound);

        var lobby = $"/api/lobbies/{n.InstitutionId}";
        (await _http.ApiPostAsync($"{lobby}/desks", new { deskId = "d-77", name = "Desk 77", kind = "Counter", services = new object[] { 77 } }))
            .ShouldBeValidationProblem("services[0]");
        // service 77 answered 500 before: the ticket machine had no letter for it.
        (await _http.ApiPostAsync($"{lobby}/tickets", new { service = 77 })).ShouldBeValidationProblem("service");
        var view = await _http.SnapshotAsync(lobby);
        Assert.Empty(view["desks"]!.AsArray());
        Assert.Empty(view["tickets"]!.AsArray());
    }

    [Fact]
    public async Task An_id_in_another_script_is_created_with_an_escaped_Location_read_back_and_created_again_alike()
    {
        var n = await Network.CreateAsync(_http);
        var id = "客户-" + Guid.NewGuid().ToString("N")[..8];
        var body = Network.ClientBody(id, n.InstitutionId, n.ManagerId, "深圳福田贸易");

        var created = (await _http.ApiPostAsync("/api/clients", body)).ShouldBe(HttpStatusCode.Created);
        Assert.Equal($"/api/clients/{Uri.EscapeDataString(id)}", created.Location?.OriginalString);
        Assert.Equal(id, (string)(await _http.SnapshotAsync(created.Location!.OriginalString))["clientId"]!);
        // Creation is idempotent: the same registration again is a 201 with the same Location, not a 500.
        Assert.Equal(created.Location, (await _http.ApiPostAsync("/api/clients", body)).ShouldBe(HttpStatusCode.Created).Location);
    }

    public static TheoryData<string> BadIds => new()
    {
        "a/b/../c",
        "nul\u0000id",
        "rlo\u202Egnp.exe",
        "zero\u200Bwidth",
        "with space",
        "..",
        "",
        new string('x', 65),
        "e\u0301", // not in composed form: é is U+00E9
    };

    [Theory]
    [MemberData(nameof(BadIds))]
    public async Task An_id_outside_the_alphabet_is_400_naming_id_and_nothing_is_registered(string id)
    {
        var n = await Network.CreateAsync(_http);

        (await _http.ApiPostAsync("/api/terminals", Network.TerminalBody(id, n.InstitutionId, n.ManagerId, null))).ShouldBeValidationProblem("id");

        var institution = await _http.SnapshotAsync($"/api/institutions/{n.InstitutionId}");
        Assert.Equal([n.TerminalId], institution["terminals"]!.AsArray().Select(t => (string)t!));
    }

    [Fact]
    public async Task An_id_outside_the_alphabet_in_a_path_is_400_naming_the_parameter()
    {
        (await _http.ApiGetAsync("/api/clients/rlo%E2%80%AEgnp.exe")).ShouldBeValidationProblem("id");
        (await _http.ApiGetAsync($"/api/clients/{new string('x', 65)}")).ShouldBeValidationProblem("id");
        (await _http.ApiGetAsync("/api/collectors/c-1/worklist?institutionId=a%00b")).ShouldBeValidationProblem("institutionId");
    }

    [Fact]
    public async Task Dates_out_of_their_bounds_are_400_naming_the_field_and_nothing_is_registered()
    {
        var n = await Network.CreateAsync(_http);
        var tomorrow = BankDates.Today.AddDays(1).Iso();

        foreach (var since in (string[])["9999-12-31", tomorrow, "1900-01-01"])
        {
            var clientId = Ids.New("cli");
            (await _http.ApiPostAsync("/api/clients", new { id = clientId, institutionId = n.InstitutionId, name = "Later", kind = "Corporate", relationshipSince = since }))
                .ShouldBeValidationProblem("relationshipSince");
            (await _http.ApiGetAsync($"/api/clients/{clientId}")).ShouldBeProblem(HttpStatusCode.NotFound);
        }

        foreach (var signedUpAt in (string[])["9999-12-31T00:00:00+08:00", "1999-12-31T23:00:00+08:00", DateTimeOffset.UtcNow.AddDays(2).Iso()])
        {
            var terminalId = Ids.New("pos");
            var body = JsonNode.Parse(HttpClientExtensions.Serialize(Network.TerminalBody(terminalId, n.InstitutionId, n.ManagerId, null)))!.AsObject();
            body["signedUpAt"] = signedUpAt;
            (await _http.ApiPostAsync("/api/terminals", body)).ShouldBeValidationProblem("signedUpAt");
            (await _http.ApiGetAsync($"/api/terminals/{terminalId}")).ShouldBeProblem(HttpStatusCode.NotFound);
        }

        foreach (var disbursedOn in (DateOnly[])[new(1, 1, 1), new(1999, 12, 1)])
        {
            var loanId = Ids.New("loan");
            (await _http.ApiPostAsync("/api/loans", Network.LoanBody(loanId, n.InstitutionId, n.ClientId, disbursedOn))).ShouldBeValidationProblem("disbursedOn");
            (await _http.ApiGetAsync($"/api/loans/{loanId}")).ShouldBeProblem(HttpStatusCode.NotFound);
        }
    }

    [Fact]
    public async Task A_promise_more_than_60_days_ahead_is_400_naming_promisedFor_and_no_promise_is_stored()
    {
        var n = await Network.CreateAsync(_http);
        var collector = await _http.NewStaffAsync(n.InstitutionId, "Collector");

        foreach (var promisedFor in (string[])["9999-12-31T10:00:00+08:00", DateTimeOffset.UtcNow.AddDays(61).Iso(), "2026-06-01T10:00:00"])
        {
            (await collector.ApiPostAsync($"/api/loans/{n.LoanId}/promises", new { amount = 100m, promisedFor })).ShouldBeValidationProblem("promisedFor");
        }

        Assert.Empty((await _http.SnapshotAsync($"/api/loans/{n.LoanId}"))["collections"]!["promises"]!.AsArray());
    }
}
