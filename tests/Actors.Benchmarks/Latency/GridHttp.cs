using System.Globalization;
using System.Net;
using System.Text;

namespace Actors.Benchmarks.Latency;

/// <summary>The HTTP API as upstream systems and kiosks call it: JSON in, 200/201 expected, anything else thrown.</summary>
internal static class GridHttp
{
    /// <summary>
    /// One pooled client per silo; enough connections that an open-loop load never waits for a socket. It sends the
    /// run's upstream key (for POST /api/transactions) and the administrator's cookie once <see cref="BenchStaff.SignInAsync"/> has run.
    /// </summary>
    public static HttpClient Client(Uri baseAddress, int connections = 512)
    {
        var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = connections,
            UseProxy = false,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            CookieContainer = BenchStaff.Cookies,
        };
        var http = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(90) };
        http.DefaultRequestHeaders.Add("X-Upstream-Key", BenchStaff.UpstreamKey);
        return http;
    }

    public static async Task<string> PostAsync(HttpClient http, string path, string json)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await http.PostAsync(path, content);
        var text = await response.Content.ReadAsStringAsync();
        if (response.StatusCode is not (HttpStatusCode.Created or HttpStatusCode.OK))
        {
            throw new InvalidOperationException($"POST {path}: {(int)response.StatusCode} {text}");
        }
        return text;
    }

    /// <summary>The bank's one head office: the first administrator's institution, made at the silo's first start.</summary>
    public const string HeadOffice = "HO";

    public static Task RegisterBranchAsync(HttpClient http, string id, string parentId) =>
        PostAsync(http, "/api/institutions", $$"""{"id":"{{id}}","name":"Branch {{id}}","kind":"branch","parentId":"{{parentId}}"}""");

    /// <summary>A corporate client with no manager (so no manager's portfolio becomes a hot spot of the load).</summary>
    public static Task RegisterClientAsync(HttpClient http, string id, string institutionId) =>
        PostAsync(http, "/api/clients",
            $$"""{"id":"{{id}}","institutionId":"{{institutionId}}","name":"Client {{id}}","kind":"corporate","relationshipSince":"2024-01-02"}""");

    /// <summary>A business timestamp a minute ago in China Standard Time, as upstream sends it (inside the replay window, never in the future).</summary>
    public static string RecentAt() =>
        DateTimeOffset.UtcNow.AddMinutes(-1).ToOffset(TimeSpan.FromHours(8)).ToString("O", CultureInfo.InvariantCulture);
}
