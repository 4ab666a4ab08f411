using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Actors.Screens;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace Actors.Api.Tests;

/// <summary>
/// The operator's metrics: /metrics in Prometheus' text format with ASP.NET Core's, Orleans' and the grid's own
/// instruments, for the management department or a scraper presenting the configured key, refused to anyone else.
/// </summary>
public sealed partial class MetricsTests : IAsyncLifetime
{
    private const string ScrapeKey = "test-scrape-key-93be";
    private readonly OwnGridHost _own = new(new Dictionary<string, string> { ["Grid:Metrics:ScrapeKey"] = ScrapeKey });

    private GridHost Host => _own.Host;

    public Task InitializeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Metrics_are_scraped_in_Prometheus_format_with_the_grids_instruments_and_refused_to_anyone_else()
    {
        var (signedIn, network) = await _own.WithOneDepositAsync();
        using var management = signedIn;
        await using var screen = new HubConnectionBuilder()
            .WithUrl(new Uri(Host.BaseAddress, ScreenHubProtocol.Path.TrimStart('/')), o =>
            {
                o.Cookies = management.Cookies();
                o.Transports = HttpTransportType.WebSockets;
            })
            .Build();
        await screen.StartAsync();
        await screen.InvokeAsync<JsonNode>(ScreenHubProtocol.JoinLobby, network.InstitutionId);

        using var scraper = StaffSessions.Anonymous(Host.BaseAddress);
        scraper.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ScrapeKey);
        var scraped = (await scraper.ApiGetAsync("/metrics")).ShouldBe(HttpStatusCode.OK);
        Assert.Equal("text/plain", scraped.MediaType);
        foreach (var series in new[]
        {
            "branchgrid_transactions_total{", "type=\"deposit\"", "outcome=\"applied\"", // ours: transactions by type
            "branchgrid_store_commit_writes_bucket{", "branchgrid_store_commit_wait_milliseconds_bucket{", // group commit
            "http_server_request_duration_seconds_bucket{", // ASP.NET Core
            "orleans_", // Orleans' meter
        })
        {
            Assert.True(scraped.Text.Contains(series, StringComparison.Ordinal), $"/metrics has no {series}:\n{scraped.Text[..Math.Min(4000, scraped.Text.Length)]}");
        }
        // Our screen is connected: the gauge's sample (after its labels, if any) is at least 1 (servers of other test classes
        // in this process count on the same static instruments, so it may be more).
        var connected = scraped.Text.Split('\n').Where(l => l.StartsWith("branchgrid_screens_connected", StringComparison.Ordinal)).ToList();
        Assert.True(connected.Count == 1 && ScreensConnected().IsMatch(connected[0]), $"screens connected: {string.Join(" | ", connected)}");

        // The management department with its cookie, too.
        (await management.ApiGetAsync("/metrics")).ShouldBe(HttpStatusCode.OK);

        // Nobody else: not an anonymous caller, not a wrong key, not another member of staff.
        using var anonymous = StaffSessions.Anonymous(Host.BaseAddress);
        (await anonymous.ApiGetAsync("/metrics")).ShouldBeProblem(HttpStatusCode.Unauthorized);
        using var wrongKey = StaffSessions.Anonymous(Host.BaseAddress);
        wrongKey.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ScrapeKey + "x");
        (await wrongKey.ApiGetAsync("/metrics")).ShouldBeProblem(HttpStatusCode.Unauthorized);
        using var teller = await management.NewStaffAsync(network.InstitutionId, "teamLead");
        (await teller.ApiGetAsync("/metrics")).ShouldBeProblem(HttpStatusCode.Forbidden);
    }

    public async Task DisposeAsync() => await _own.DisposeAsync();

    [GeneratedRegex(@"^branchgrid_screens_connected(\{[^}]*\})? [1-9][0-9]*(\.0)?( |$)")]
    private static partial Regex ScreensConnected();
}
