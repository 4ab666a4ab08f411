using System.Net;
using System.Text;

namespace Actors.Api.Tests;

/// <summary>
/// Bodies over the configured limit (Grid:Requests:MaxBodyBytes, 64 KiB here) answer 413 ProblemDetails on every
/// route, whether the route reads its body or not, anonymously too, declared or sent in chunks, and nothing changes.
/// </summary>
public sealed class OversizeBodyTests : IAsyncLifetime
{
    private const int Limit = 64 * 1024;
    private OwnGridHost _grid = null!;
    private HttpClient _md = null!;

    public async Task InitializeAsync()
    {
        _grid = new OwnGridHost(new Dictionary<string, string> { ["Grid:Requests:MaxBodyBytes"] = Limit.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        _md = await StaffSessions.HeadOfficeManagementAsync(_grid.Host.Services, _grid.Host.BaseAddress);
    }

    public async Task DisposeAsync()
    {
        _md.Dispose();
        await _grid.DisposeAsync();
    }

    [Fact]
    public async Task A_client_sent_in_a_body_over_the_limit_is_refused_with_413_and_not_registered()
    {
        var network = await Network.CreateAsync(_md);
        var (small, large) = (Ids.New("cli"), Ids.New("cli"));

        var tooLarge = (await _md.SendRawAsync(HttpMethod.Post, "/api/clients", Padded(Network.ClientBody(large, network.InstitutionId, network.ManagerId), Limit + 1)))
            .ShouldBeProblem(HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains($"{Limit}", (string?)tooLarge["detail"]);
        (await _md.ApiGetAsync($"/api/clients/{large}")).ShouldBeProblem(HttpStatusCode.NotFound);

        // The same JSON just under the limit is registered: the size refused it, nothing else.
        (await _md.SendRawAsync(HttpMethod.Post, "/api/clients", Padded(Network.ClientBody(small, network.InstitutionId, network.ManagerId), Limit - 1)))
            .ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task A_body_sent_in_chunks_is_stopped_at_the_limit_with_413_and_nothing_registered()
    {
        var network = await Network.CreateAsync(_md);
        var id = Ids.New("cli");
        var body = Encoding.UTF8.GetBytes(Padded(Network.ClientBody(id, network.InstitutionId, network.ManagerId), 4 * Limit));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/clients") { Content = new StreamContent(new UnknownLengthStream(body)) };
        request.Content.Headers.ContentType = new("application/json");
        using var response = await _md.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        (await _md.ApiGetAsync($"/api/clients/{id}")).ShouldBeProblem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_route_that_reads_no_body_refuses_an_oversize_one_before_acting_the_leaver_stays_enabled()
    {
        var network = await Network.CreateAsync(_md);
        (await _md.ApiPostAsync($"/api/staff/{network.ManagerId}/password", new { password = StaffSessions.Password })).ShouldBe(HttpStatusCode.NoContent);

        (await _md.SendRawAsync(HttpMethod.Post, $"/api/staff/{network.ManagerId}/disable", new string(' ', Limit + 1)))
            .ShouldBeProblem(HttpStatusCode.RequestEntityTooLarge);

        (await StaffSessions.SignInAsync(_grid.Host.BaseAddress, network.ManagerId)).Dispose();
    }

    [Fact]
    public async Task An_anonymous_sign_in_over_the_limit_is_a_413_not_a_500()
    {
        using var anonymous = StaffSessions.Anonymous(_grid.Host.BaseAddress);

        (await anonymous.SendRawAsync(HttpMethod.Post, "/api/auth/sign-in", Padded(new { login = "nobody", password = "x" }, 2 * Limit)))
            .ShouldBeProblem(HttpStatusCode.RequestEntityTooLarge);
    }

    /// <summary>The JSON of <paramref name="body"/> followed by spaces (still valid JSON) to exactly <paramref name="bytes"/> bytes.</summary>
    private static string Padded(object body, int bytes)
    {
        var json = HttpClientExtensions.Serialize(body);
        return json + new string(' ', bytes - Encoding.UTF8.GetByteCount(json));
    }

    /// <summary>A body whose length HttpClient cannot know, so it is sent chunked with no Content-Length.</summary>
    private sealed class UnknownLengthStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
