using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http;

namespace Actors.Api.Http;

/// <summary>
/// Reads a request body ourselves so that malformed JSON answers 400 ProblemDetails naming where it broke,
/// instead of the framework's bare 400.
/// </summary>
internal static class JsonBody
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static async Task<(T? Body, IResult? Problem)> ReadAsync<T>(HttpRequest request, CancellationToken ct) where T : class
    {
        if (!request.HasJsonContentType())
        {
            return (null, Problems.Field("body", "expected a JSON body (Content-Type: application/json)"));
        }
        try
        {
            var body = await JsonSerializer.DeserializeAsync<T>(request.Body, Options, ct);
            return body is null ? (null, Problems.Field("body", "must not be null")) : (body, null);
        }
        catch (JsonException ex)
        {
            var field = string.IsNullOrEmpty(ex.Path) || ex.Path == "$" ? "body" : ex.Path.TrimStart('$', '.');
            return (null, Problems.Field(field, "is not valid JSON for this field"));
        }
    }
}
