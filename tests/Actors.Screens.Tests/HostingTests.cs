using System.Net;
using Microsoft.AspNetCore.SignalR.Client;
using Actors.Screens.Tests.Support;

namespace Actors.Screens.Tests;

/// <summary>What the host serves besides the hub: the screens' pages and the operators' Orleans Dashboard.</summary>
[Collection(ScreenCollection.Name)]
public sealed class HostingTests(ScreenServerFixture server)
{
    [Fact]
    public async Task The_root_serves_the_screens_index_page()
    {
        using var response = await server.Http.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(ScreenHost.IndexMarker, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_Orleans_Dashboard_is_under_dashboard_not_at_the_root()
    {
        using var response = await server.Http.GetAsync("/dashboard/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Orleans Dashboard", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_dashboard_reads_this_silo_but_hides_its_live_log()
    {
        using var counters = await server.Http.GetAsync("/dashboard/DashboardCounters");
        Assert.Equal(HttpStatusCode.OK, counters.StatusCode);
        Assert.Contains($"127.0.0.1:{server.Host.SiloPort}", await counters.Content.ReadAsStringAsync());

        // Even for the management department: the live log names clients and loans.
        using var trace = await server.Http.GetAsync("/dashboard/Trace");
        Assert.Equal(HttpStatusCode.Forbidden, trace.StatusCode);
    }

    [Fact]
    public async Task The_pages_are_open_but_their_data_the_hub_and_the_dashboard_need_sign_in()
    {
        using var anonymous = new HttpClient { BaseAddress = server.Host.BaseAddress };

        using var page = await anonymous.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        foreach (var path in new[] { "/dashboard/", "/api/lobbies/SB-FT" })
        {
            using var refused = await anonymous.GetAsync(path);
            Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        }
        using var negotiate = await anonymous.PostAsync($"{ScreenHubProtocol.Path}/negotiate?negotiateVersion=1", null);
        Assert.Equal(HttpStatusCode.Unauthorized, negotiate.StatusCode);
        await using var screen = new HubConnectionBuilder()
            .WithUrl(new Uri(server.Host.BaseAddress, ScreenHubProtocol.Path.TrimStart('/'))).Build();
        await Assert.ThrowsAsync<HttpRequestException>(() => screen.StartAsync());
    }

    [Fact]
    public async Task The_API_still_answers_beside_the_pages()
    {
        using var response = await server.Http.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
