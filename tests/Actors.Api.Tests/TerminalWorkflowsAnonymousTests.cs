using System.Net;

namespace Actors.Api.Tests;

/// <summary>Every terminal-workflow route needs a signed-in user: anonymous calls get 401 ProblemDetails and change nothing.</summary>
[Collection(ApiCollection.Name)]
public sealed class TerminalWorkflowsAnonymousTests(ApiServerFixture server) : IDisposable
{
    private readonly HttpClient _http = StaffSessions.Anonymous(server.Host.BaseAddress);

    public void Dispose() => _http.Dispose();

    public static TheoryData<string, string, string?> Routes => new()
    {
        { "POST", "/api/terminals/T1/transfers", """{"toStaffId":"M2","reason":"x"}""" },
        { "POST", "/api/staff/M1/departure-transfers", """{"toStaffId":"M2","reason":"x"}""" },
        { "POST", "/api/transfers/TR-1/confirm", "{}" },
        { "POST", "/api/transfers/TR-1/reject", """{"reason":"x"}""" },
        { "POST", "/api/transfers/TR-1/withdraw", "{}" },
        { "GET", "/api/transfers/TR-1", null },
        { "GET", "/api/approvals", null },
        { "GET", "/api/terminals/T1/audit", null },
        { "POST", "/api/terminals/T1/activation-claims", "{}" },
        { "POST", "/api/activation-claims/batches", """{"claimIds":["AC-1"]}""" },
        { "GET", "/api/institutions/I1/inactive-terminals?month=2026-03", null },
        { "GET", "/api/institutions/I1/inactive-terminals.csv?month=2026-03", null },
    };

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task An_anonymous_caller_gets_401(string method, string path, string? body)
    {
        var response = await _http.SendRawAsync(new HttpMethod(method), path, body);
        response.ShouldBeProblemWithoutDetail(HttpStatusCode.Unauthorized);
    }
}
