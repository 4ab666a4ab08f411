using System.Net;
using System.Net.Sockets;

namespace Actors.Api.Tests;

/// <summary>
/// Sign-in cannot be turned into a weapon: a stranger's wrong passwords from one address are slowed and then throttled
/// (429 with Retry-After), while the real person signs in from their own address; the management department lifts
/// the delays. A server of its own, with a low per-address limit (the other tests sign hundreds of people in).
/// </summary>
public sealed class SignInThrottleTests : IAsyncLifetime
{
    private const int PerAddressPerMinute = 6;
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "branchgrid-throttle-" + Guid.NewGuid().ToString("N"));
    private GridHost _host = null!;

    public Task InitializeAsync()
    {
        _host = new GridHost(_dataDirectory, new Dictionary<string, string> { ["Grid:SignIn:PerAddressPerMinute"] = $"{PerAddressPerMinute}" });
        _host.StartServer();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        Directory.Delete(_dataDirectory, recursive: true);
    }

    [Fact]
    public async Task A_strangers_guesses_from_one_address_are_slowed_then_throttled_and_the_real_person_signs_in_from_their_own()
    {
        using var management = await StaffSessions.HeadOfficeManagementAsync(_host.Services, _host.BaseAddress); // try 1 from 127.0.0.1
        var branch = Ids.New("br");
        (await management.ApiPostAsync("/api/institutions", Network.InstitutionBody(branch))).ShouldBe(HttpStatusCode.Created);
        using var staff = await management.NewStaffAsync(branch, "clientManager"); // try 2
        var login = (string)(await staff.ApiGetAsync("/api/auth/me")).Json["staffId"]!;

        using var stranger = StaffSessions.Anonymous(_host.BaseAddress);
        for (var i = 0; i < 3; i++) // tries 3 to 5: wrong passwords
        {
            (await stranger.ApiPostAsync("/api/auth/sign-in", new { login, password = $"guess number {i}" })).ShouldBe(HttpStatusCode.Unauthorized);
        }
        var delayed = await SignInAsync(stranger, login, StaffSessions.Password); // try 6: even the right password waits
        Assert.Equal((HttpStatusCode.TooManyRequests, "1"), (delayed.StatusCode, delayed.Headers.RetryAfter?.ToString()));
        var throttled = await SignInAsync(stranger, login, "guess number 9"); // try 7: over the address's limit
        Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);
        Assert.True(throttled.Headers.RetryAfter?.Delta > TimeSpan.Zero, $"Retry-After: {throttled.Headers.RetryAfter}");

        // The real person, at their own desk (another address), is not held up.
        using var desk = From("127.0.0.2");
        Assert.Equal(HttpStatusCode.OK, (await SignInAsync(desk, login, StaffSessions.Password)).StatusCode);

        // Another stranger's address is slowed too, until the management department lifts the delays.
        using var other = From("127.0.0.3");
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await SignInAsync(other, login, $"guess number {i}")).StatusCode);
        }
        Assert.Equal(HttpStatusCode.TooManyRequests, (await SignInAsync(other, login, StaffSessions.Password)).StatusCode);
        (await management.ApiPostAsync($"/api/staff/{login}/unlock", new { })).ShouldBe(HttpStatusCode.NoContent);
        Assert.Equal(HttpStatusCode.OK, (await SignInAsync(other, login, StaffSessions.Password)).StatusCode);

        var audit = (await management.ApiGetAsync("/api/audit?action=sign-in&limit=500")).ShouldBe(HttpStatusCode.OK).Json["items"]!.AsArray();
        Assert.Contains(audit, e => (string?)e!["action"] == "sign-in.throttled" && (string?)e["address"] == "127.0.0.1");
        Assert.Contains(audit, e => (string?)e!["action"] == "sign-in.delayed" && (string?)e["actor"] == login);
        Assert.Contains(audit, e => (string?)e!["action"] == "sign-in.failed" && (string?)e["address"] == "127.0.0.3");
        Assert.Contains(audit, e => (string?)e!["action"] == "sign-in.unlocked" && (string?)e["target"] == $"staff/{login}");
    }

    private static async Task<HttpResponseMessage> SignInAsync(HttpClient http, string login, string password) =>
        await http.PostAsync("/api/auth/sign-in", new StringContent(HttpClientExtensions.Serialize(new { login, password }), System.Text.Encoding.UTF8, "application/json"));

    /// <summary>A client whose connections come from <paramref name="address"/> (any 127.x address is this machine's loopback).</summary>
    private HttpClient From(string address) => new(new SocketsHttpHandler
    {
        ConnectCallback = async (context, ct) =>
        {
            var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            socket.Bind(new IPEndPoint(IPAddress.Parse(address), 0));
            await socket.ConnectAsync(context.DnsEndPoint, ct);
            return new NetworkStream(socket, ownsSocket: true);
        },
    })
    { BaseAddress = _host.BaseAddress };
}
