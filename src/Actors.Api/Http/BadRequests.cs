using System.Text.Json;
using System.Text.RegularExpressions;
using Actors.Api.Json;
using Actors.Domain;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;

namespace Actors.Api.Http;

/// <summary>
/// Bodies and parameters the framework could not bind (bad JSON, a string for a number, an enum name that does not
/// exist, a missing body) answer 400 ProblemDetails naming the field, in the caller's language, like every other
/// refusal; other framework refusals (415, 413) as ProblemDetails too. Needs RouteHandlerOptions.ThrowOnBadRequest.
/// </summary>
public sealed partial class BadRequests(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad || httpContext.Response.HasStarted)
        {
            return false;
        }
        if (bad.StatusCode == StatusCodes.Status400BadRequest)
        {
            await new Refused(RefusalOf(bad)).ExecuteAsync(httpContext);
            return true;
        }
        if (bad.StatusCode == StatusCodes.Status413PayloadTooLarge
            && httpContext.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize is { } max)
        {
            await RequestLimits.TooLarge(httpContext, max);
            return true;
        }
        httpContext.Response.StatusCode = bad.StatusCode;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = new ProblemDetails { Status = bad.StatusCode, Title = ProblemTitles.Of(bad.StatusCode).In(UserLanguage.Of(httpContext)) },
        });
    }

    public static Refusal RefusalOf(BadHttpRequestException bad)
    {
        for (Exception? e = bad; e is not null; e = e.InnerException)
        {
            if (e is JsonRefusal refusal)
            {
                return new Refusal(RefusalKind.Invalid, refusal.Words, FieldOf(refusal.Path));
            }
            if (e is JsonException json)
            {
                return new Refusal(RefusalKind.Invalid, WordsFor(json), FieldOf(json.Path));
            }
        }
        if (ParameterName().Match(bad.Message) is { Success: true } parameter)
        {
            var name = JsonNamingPolicy.CamelCase.ConvertName(parameter.Groups["name"].Value);
            return bad.Message.StartsWith("Required", StringComparison.Ordinal)
                ? Refusal.Invalid(name == "request" ? "body" : name, "is required", "必须填写")
                : Refusal.Invalid(name, "has the wrong format", "格式不对");
        }
        return Refusal.Invalid("body", "could not be read", "无法读取");
    }

    /// <summary>"$.transactions[0].type" → "transactions[0].type"; the whole body is "body".</summary>
    public static string FieldOf(string? path) =>
        string.IsNullOrEmpty(path) || path == "$" ? "body" : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');

    private static Words WordsFor(JsonException json) => json.Message switch
    {
        var m when m.Contains("System.Int", StringComparison.Ordinal) => new("must be a whole number", "必须是整数"),
        var m when m.Contains("System.Boolean", StringComparison.Ordinal) => new("must be true or false", "必须是 true 或 false"),
        var m when m.Contains("System.String", StringComparison.Ordinal) => new("must be text", "必须是文本"),
        var m when m.Contains("List`1", StringComparison.Ordinal) || m.Contains("[]", StringComparison.Ordinal) => new("must be a list", "必须是列表"),
        var m when m.Contains("could not be converted", StringComparison.Ordinal) => new("has the wrong type", "类型不对"),
        _ => new("is not valid JSON", "不是有效的 JSON"),
    };

    [GeneratedRegex("parameter \"[^\"]* (?<name>[A-Za-z_][A-Za-z0-9_]*)\"", RegexOptions.CultureInvariant)]
    private static partial Regex ParameterName();
}
