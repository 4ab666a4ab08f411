using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Actors.Api.Json;

namespace Actors.Api.Tests;

/// <summary>What the server answered: status, media type, Location and the body (parsed when it is JSON).</summary>
public sealed record ApiResponse(HttpStatusCode Status, string? MediaType, Uri? Location, string Text)
{
    public JsonNode Json => JsonNode.Parse(Text) ?? throw new InvalidOperationException("null JSON body");

    public override string ToString() => $"{(int)Status} {MediaType}: {Text}";

    public ApiResponse ShouldBe(HttpStatusCode expected)
    {
        Assert.True(Status == expected, $"expected {(int)expected} {expected}, got {this}");
        return this;
    }

    /// <summary>A 400 ValidationProblem (application/problem+json) whose errors name exactly these fields.</summary>
    public JsonObject ShouldBeValidationProblem(params string[] fields)
    {
        var errors = ShouldBeValidationProblemNaming(fields);
        Assert.True(errors.Count == fields.Length,
            $"expected errors for exactly [{string.Join(", ", fields)}], got [{string.Join(", ", errors.Select(e => e.Key))}]: {Text}");
        return errors;
    }

    /// <summary>A 400 ValidationProblem whose errors name at least these fields (each with a message).</summary>
    public JsonObject ShouldBeValidationProblemNaming(params string[] fields)
    {
        ShouldBe(HttpStatusCode.BadRequest);
        Assert.Equal("application/problem+json", MediaType);
        var body = Json;
        Assert.Equal(400, (int)body["status"]!);
        var errors = body["errors"]?.AsObject() ?? throw new Xunit.Sdk.XunitException($"no errors in {Text}");
        foreach (var field in fields)
        {
            Assert.True(errors.ContainsKey(field), $"errors should name '{field}': {Text}");
            Assert.Contains(errors[field]!.AsArray(), m => !string.IsNullOrWhiteSpace((string?)m));
        }
        return errors;
    }

    /// <summary>A ProblemDetails with this status and a title (the framework's own answers, e.g. 415, carry no detail).</summary>
    public JsonNode ShouldBeProblemWithoutDetail(HttpStatusCode expected)
    {
        ShouldBe(expected);
        Assert.Equal("application/problem+json", MediaType);
        var body = Json;
        Assert.Equal((int)expected, (int)body["status"]!);
        Assert.False(string.IsNullOrWhiteSpace((string?)body["title"]), Text);
        return body;
    }

    /// <summary>A ProblemDetails with this status (404, 409) and a detail for humans.</summary>
    public JsonNode ShouldBeProblem(HttpStatusCode expected)
    {
        ShouldBe(expected);
        Assert.Equal("application/problem+json", MediaType);
        var body = Json;
        Assert.Equal((int)expected, (int)body["status"]!);
        Assert.False(string.IsNullOrWhiteSpace((string?)body["title"]), Text);
        Assert.False(string.IsNullOrWhiteSpace((string?)body["detail"]), Text);
        return body;
    }
}

public static class HttpClientExtensions
{

    public static Task<ApiResponse> ApiGetAsync(this HttpClient http, string path, CancellationToken ct = default) =>
        http.SendRawAsync(HttpMethod.Get, path, body: null, ct: ct);

    public static Task<ApiResponse> ApiPostAsync(this HttpClient http, string path, object body) =>
        http.SendRawAsync(HttpMethod.Post, path, Serialize(body));

    public static Task<ApiResponse> ApiPutAsync(this HttpClient http, string path, object body) =>
        http.SendRawAsync(HttpMethod.Put, path, Serialize(body));

    public static string Serialize(object body) => body switch
    {
        string s => s,
        JsonNode node => node.ToJsonString(),
        _ => JsonSerializer.Serialize(body, GridJson.Options),
    };

    public static async Task<ApiResponse> SendRawAsync(
        this HttpClient http, HttpMethod method, string path, string? body, string contentType = "application/json", CancellationToken ct = default)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, contentType);
        }
        using var response = await http.SendAsync(request, ct);
        return new ApiResponse(response.StatusCode, response.Content.Headers.ContentType?.MediaType, response.Headers.Location,
            await response.Content.ReadAsStringAsync(ct));
    }

    /// <summary>GETs a snapshot that must exist.</summary>
    public static async Task<JsonNode> SnapshotAsync(this HttpClient http, string path) =>
        (await http.ApiGetAsync(path)).ShouldBe(HttpStatusCode.OK).Json;
}
