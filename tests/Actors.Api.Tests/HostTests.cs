using System.Net;
using System.Text.Json.Nodes;

namespace Actors.Api.Tests;

/// <summary>The process around the API: health, the OpenAPI document, and one process per data directory.</summary>
[Collection(ApiCollection.Name)]
public sealed class HostTests(ApiServerFixture server)
{
    private readonly HttpClient _http = server.Http;

    [Fact]
    public async Task Health_is_200_Healthy_or_Degraded_by_a_missing_calendar_only()
    {
        // On the real clock: from 1 November, while next year's calendar is not loaded, the calendar entry degrades it.
        var health = (await _http.ApiGetAsync("/health")).ShouldBe(HttpStatusCode.OK);
        Assert.True(health.Text == "Healthy" || health.Text.StartsWith("Degraded\ncalendar: Degraded: ", StringComparison.Ordinal), health.Text);
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_the_API()
    {
        var document = (await _http.ApiGetAsync("/openapi/v1.json")).ShouldBe(HttpStatusCode.OK);
        Assert.Equal("application/json", document.MediaType);
        var paths = document.Json["paths"]!.AsObject();
        foreach (var path in new[] { "/api/transactions", "/api/institutions", "/api/managers", "/api/clients", "/api/terminals", "/api/loans" })
        {
            Assert.True(paths.ContainsKey(path), $"the OpenAPI document has no {path}: {string.Join(", ", paths.Select(p => p.Key))}");
        }
        Assert.NotNull(paths["/api/transactions"]!["post"]);
    }

    [Fact]
    public async Task A_second_silo_on_the_same_data_directory_is_refused_with_a_clear_message()
    {
        await using var second = new GridHost(server.DataDirectory);
        Assert.NotEqual(server.Host.HttpPort, second.HttpPort);

        var error = Record.Exception(() => second.StartServer());

        Assert.NotNull(error);
        var messages = Flatten(error).Select(e => e.Message).ToList();
        Assert.True(messages.Any(m => m.Contains("in use", StringComparison.OrdinalIgnoreCase) && m.Contains(Path.GetFullPath(server.DataDirectory))),
            $"no message says the data directory is in use: {error}");

        // The first server is unharmed and still owns its directory.
        (await _http.ApiGetAsync("/health")).ShouldBe(HttpStatusCode.OK);
        var n = await Network.CreateAsync(_http);
        Assert.Equal("Applied", Assert.Single(await _http.ApplyAsync(Tx.Batch(n.Deposit(1m)))).Status);
    }

    private static IEnumerable<Exception> Flatten(Exception error)
    {
        for (Exception? e = error; e is not null; e = e.InnerException)
        {
            yield return e;
            if (e is AggregateException aggregate)
            {
                foreach (var inner in aggregate.InnerExceptions.SelectMany(Flatten))
                {
                    yield return inner;
                }
            }
        }
    }
}
