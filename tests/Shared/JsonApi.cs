using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Actors.Api.Json;

namespace Actors.Testing;

/// <summary>
/// Shared by the Screens and Browser tests (linked into both projects).
/// JSON calls that must answer a given status; a failure names the route, the status and the server's answer.
/// </summary>
public static class JsonApi
{
    public static async Task<JsonElement> PostAsync(HttpClient http, string path, object body, HttpStatusCode expected = HttpStatusCode.Created)
    {
        using var response = await http.PostAsJsonAsync(path, body, GridJson.Options);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"POST {path}: {(int)response.StatusCode} {text}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    public static async Task<JsonElement> GetAsync(HttpClient http, string path)
    {
        using var response = await http.GetAsync(path);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET {path}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
