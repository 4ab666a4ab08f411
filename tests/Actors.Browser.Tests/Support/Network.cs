using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Actors.Api.Json;

namespace Actors.Browser.Tests.Support;

/// <summary>A loan as the API answers it: what the tests read back to know what the screens must show.</summary>
public sealed record LoanFacts(string LoanId, string Stage, decimal Outstanding, decimal OverdueAmount, decimal FirstInstallment);

/// <summary>
/// The bank's entities, created through the HTTP API as the core systems and staff would: institutions, staff, clients,
/// loans, calls, promises, repayments, lobby tickets and desks. Every write must succeed, or the test stops here saying why.
/// </summary>
public sealed class Network(HttpClient http)
{
    /// <summary>A new branch of the bank's head office (its own collections room).</summary>
    public Task<string> BranchOfBankAsync(string name) => BranchOfAsync(BankRoot.HeadOffice, name);

    public async Task<string> SubBranchAsync(string parentId, string name)
    {
        var id = Ids.Fresh("SB");
        await PostAsync("/api/institutions", new { id, name, kind = "subBranch", parentId });
        return id;
    }

    /// <summary>A branch (kind branch): its own collections room, worked by its sub-branches' staff too.</summary>
    public async Task<string> BranchOfAsync(string headOfficeId, string name)
    {
        var id = Ids.Fresh("BR");
        await PostAsync("/api/institutions", new { id, name, kind = "branch", parentId = headOfficeId });
        return id;
    }

    /// <summary>A branch lobby: a sub-branch under a new branch.</summary>
    public async Task<string> BranchAsync() => await SubBranchAsync(await BranchOfBankAsync("Shenzhen branch"), "Futian sub-branch");

    /// <summary>A member of staff with the test password, so that their own work (calls, promises) is done signed in as them.</summary>
    public async Task<string> StaffAsync(string institutionId, string name, string role, string prefix = "ST", string? nameZh = null)
    {
        var id = Ids.Fresh(prefix);
        await PostAsync("/api/managers", new { id, institutionId, name, nameZh, roles = new[] { role } });
        await PostAsync($"/api/staff/{id}/password", new { password = StaffAccounts.Password }, HttpStatusCode.NoContent);
        return id;
    }

    /// <summary>An HTTP client signed in as this member of staff (made by <see cref="StaffAsync"/>), signed in once and kept.</summary>
    public async Task<HttpClient> SessionOfAsync(string staffId)
    {
        if (!_sessions.TryGetValue(staffId, out var session))
        {
            _sessions[staffId] = session = await StaffAccounts.SignedInClientAsync(http.BaseAddress!, staffId);
        }
        return session;
    }

    private readonly Dictionary<string, HttpClient> _sessions = new(StringComparer.Ordinal);

    /// <summary>A corporate client of some years' standing (the API's default "since" reads real time, not the business clock).</summary>
    public async Task<string> ClientAsync(string institutionId, string managerId, string name)
    {
        var id = Ids.Fresh("CL");
        await PostAsync("/api/clients", new { id, institutionId, name, kind = "corporate", managerId, relationshipSince = "2020-01-06" });
        return id;
    }

    public async Task<LoanFacts> LoanAsync(string institutionId, string clientId, decimal principal, DateOnly disbursedOn, int termMonths = 12)
    {
        var id = Ids.Fresh("LN");
        await PostAsync("/api/loans", new
        {
            id, institutionId, clientId, principal, annualRate = 0.0435m, termMonths,
            disbursedOn = disbursedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        });
        return await LoanFactsAsync(id);
    }

    public async Task<LoanFacts> LoanFactsAsync(string loanId)
    {
        var loan = await GetAsync($"/api/loans/{loanId}");
        return new LoanFacts(loanId, loan.GetProperty("stage").GetString()!, loan.GetProperty("outstanding").GetDecimal(),
            loan.GetProperty("overdueAmount").GetDecimal(), loan.GetProperty("installments")[0].GetProperty("amount").GetDecimal());
    }

    /// <summary>A call the collector made: posted signed in as them (the API takes the collector from the sign-in).</summary>
    public async Task CallAsync(string loanId, string collectorId, DateTimeOffset at, string outcome = "RightPartyContact", string number = "Mobile") =>
        await PostAsync(await SessionOfAsync(collectorId), $"/api/loans/{loanId}/calls", new { at, number, outcome, note = "Called about the overdue installment." }, HttpStatusCode.OK);

    public async Task PromiseAsync(string loanId, string collectorId, decimal amount, DateTimeOffset promisedFor) =>
        await PostAsync(await SessionOfAsync(collectorId), $"/api/loans/{loanId}/promises", new { amount, promisedFor });

    public async Task RepayAsync(string loanId, decimal amount, DateTimeOffset at)
    {
        var body = await PostAsync("/api/transactions", new
        {
            transactions = new[] { new { id = Ids.Fresh("TX"), type = "repayment", loanId, amount, at } },
        }, HttpStatusCode.OK);
        Assert.True(body.Contains("\"applied\"", StringComparison.OrdinalIgnoreCase), $"repayment on {loanId} not applied: {body}");
    }

    /// <summary>A ticket from the kiosk endpoint (what the kiosk page calls); answers its number.</summary>
    public async Task<string> TicketAsync(string branchId, string service, decimal? declaredAmount = null, string[]? declared = null, string? clientId = null)
    {
        var body = await PostAsync($"/api/lobbies/{branchId}/tickets", new { service, declaredAmount, declared, clientId });
        return JsonDocument.Parse(body).RootElement.GetProperty("number").GetString()!;
    }

    public Task OpenDeskAsync(string branchId, string deskId, string name, string kind, params string[] services) =>
        PostAsync($"/api/lobbies/{branchId}/desks", new { deskId, name, kind, services }, HttpStatusCode.OK);

    /// <summary>A desk with its name in both languages (the Chinese screens and the calling display use the Chinese one).</summary>
    public Task OpenNamedDeskAsync(string branchId, string deskId, string name, string kind, string nameZh, params string[] services) =>
        PostAsync($"/api/lobbies/{branchId}/desks", new { deskId, name, nameZh, kind, services }, HttpStatusCode.OK);

    /// <summary>The desk calls its next customer, as its teller's button does.</summary>
    public Task CallNextAsync(string branchId, string deskId) =>
        PostAsync($"/api/lobbies/{branchId}/desks/{deskId}/call-next", new { }, HttpStatusCode.OK);

    /// <summary>A complaint recorded by the management department, owned by <paramref name="ownerId"/>, a member of staff of the branch.</summary>
    public Task ComplaintAsync(string branchId, string content, string ownerId, string? customerName = null) =>
        PostAsync($"/api/lobbies/{branchId}/complaints", new { channel = "InPerson", content, owner = ownerId, customerName });

    private async Task<JsonElement> GetAsync(string path)
    {
        using var response = await http.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET {path}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private Task<string> PostAsync(string path, object body, HttpStatusCode expected = HttpStatusCode.Created) => PostAsync(http, path, body, expected);

    private static async Task<string> PostAsync(HttpClient client, string path, object body, HttpStatusCode expected = HttpStatusCode.Created)
    {
        using var response = await client.PostAsJsonAsync(path, body, GridJson.Options);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"POST {path}: {(int)response.StatusCode} {text}");
        return text;
    }
}
