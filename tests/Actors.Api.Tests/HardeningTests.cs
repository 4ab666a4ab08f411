using System.Net;
using System.Net.Sockets;

namespace Actors.Api.Tests;

/// <summary>What a scanner looks at first: the embedded silo's ports and every answer's headers.</summary>
[Collection(ApiCollection.Name)]
public sealed class HardeningTests(ApiServerFixture server)
{
    [Fact]
    public async Task The_embedded_silo_opens_no_gateway_port_for_an_Orleans_client()
    {
        using var gateway = new TcpClient();
        await Assert.ThrowsAnyAsync<SocketException>(() => gateway.ConnectAsync(IPAddress.Loopback, server.Host.GatewayPort));
        // The web host still reaches its grains (in-process).
        (await server.Http.ApiGetAsync("/api/auth/me")).ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public void A_silo_refuses_to_start_with_an_upstream_key_shorter_than_32_characters()
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), "branchgrid-short-key-" + Guid.NewGuid().ToString("N"));
        using var host = new GridHost(dataDirectory, new Dictionary<string, string> { ["Grid:Upstream:Key"] = "thirty-one-characters-long-key!" });
        var refused = Assert.ThrowsAny<Exception>(host.StartServer);
        Assert.Contains("at least 32", refused.ToString(), StringComparison.Ordinal);
        if (Directory.Exists(dataDirectory))
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
    }

    [Fact]
    public async Task Answers_carry_nosniff_no_referrer_no_framing_and_no_server_name_and_API_answers_are_never_stored()
    {
        using var api = await server.Http.GetAsync("/api/auth/me");
        using var anonymous = new HttpClient { BaseAddress = server.Host.BaseAddress };
        using var page = await anonymous.GetAsync("/signin.html");
        foreach (var response in new[] { api, page })
        {
            Assert.Equal(["nosniff"], response.Headers.GetValues("X-Content-Type-Options"));
            Assert.Equal(["no-referrer"], response.Headers.GetValues("Referrer-Policy"));
            Assert.Equal(["DENY"], response.Headers.GetValues("X-Frame-Options"));
            Assert.Contains("frame-ancestors 'none'", string.Join(";", response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
            Assert.False(response.Headers.Contains("Server"), $"Server: {string.Join(",", response.Headers.TryGetValues("Server", out var s) ? s : [])}");
        }
        Assert.True(api.Headers.CacheControl?.NoStore, $"Cache-Control: {api.Headers.CacheControl}");
    }
}
