using System.Reflection;
using Actors.Domain;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;

namespace Actors.Api.Http;

/// <summary>
/// The one way a refusal reaches HTTP: ProblemDetails in the caller's language (Accept-Language: en or zh-CN). Wrong
/// fields are a 400 whose <c>errors</c> name each field; otherwise the refusal's kind gives 401, 403, 404 or 409, with
/// <c>field</c> when one field is at fault. As a <c>Results&lt;…&gt;</c> member it declares these answers in the
/// OpenAPI document.
/// </summary>
public sealed class Refused : IResult, IStatusCodeHttpResult, IEndpointMetadataProvider
{
    public Refused(IReadOnlyList<Refusal> refusals)
    {
        if (refusals.Count == 0)
        {
            throw new ArgumentException("a refusal needs a reason", nameof(refusals));
        }
        Refusals = refusals;
    }

    public Refused(Refusal refusal) : this([refusal])
    {
    }

    public IReadOnlyList<Refusal> Refusals { get; }

    /// <summary>The refusal that decides the status: the first that is not about a field, else the first.</summary>
    public Refusal Main => Refusals.FirstOrDefault(r => r.Kind != RefusalKind.Invalid) ?? Refusals[0];

    public int StatusCode => StatusOf(Main.Kind);

    int? IStatusCodeHttpResult.StatusCode => StatusCode;

    public static int StatusOf(RefusalKind kind) => kind switch
    {
        RefusalKind.Invalid => StatusCodes.Status400BadRequest,
        RefusalKind.NotSignedIn => StatusCodes.Status401Unauthorized,
        RefusalKind.Forbidden => StatusCodes.Status403Forbidden,
        RefusalKind.NotFound => StatusCodes.Status404NotFound,
        _ => StatusCodes.Status409Conflict,
    };

    public Task ExecuteAsync(HttpContext httpContext)
    {
        var language = UserLanguage.Of(httpContext);
        httpContext.Response.Headers.ContentLanguage = language;
        var main = Main;
        // For the security audit of a 403 (AuditTrail): the rule that refused.
        httpContext.Items[typeof(Refusal)] = main;
        if (main.Kind == RefusalKind.Invalid)
        {
            var errors = Refusals.GroupBy(r => r.Field ?? "body", StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Select(r => r.Detail.In(language)).Distinct().ToArray(), StringComparer.Ordinal);
            return TypedResults.ValidationProblem(errors, title: ProblemTitles.Of(StatusCode).In(language)).ExecuteAsync(httpContext);
        }
        var problem = new ProblemDetails { Status = StatusCode, Title = ProblemTitles.Of(StatusCode).In(language), Detail = main.Detail.In(language) };
        if (main.Field is { } field)
        {
            problem.Extensions["field"] = field;
        }
        if (main.Rule is { } rule)
        {
            problem.Extensions["rule"] = rule;
        }
        return TypedResults.Problem(problem).ExecuteAsync(httpContext);
    }

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder)
    {
        string[] problemJson = ["application/problem+json"];
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status400BadRequest, typeof(HttpValidationProblemDetails), problemJson));
        foreach (var status in (int[])[StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict])
        {
            builder.Metadata.Add(new ProducesResponseTypeMetadata(status, typeof(ProblemDetails), problemJson));
        }
    }

    public static implicit operator Refused(Refusal refusal) => new(refusal);
}

/// <summary>ProblemDetails titles by status, in both languages (also for the framework's own 401/403/404/405/415).</summary>
public static class ProblemTitles
{
    public static Words Of(int status) => status switch
    {
        StatusCodes.Status400BadRequest => new("The request is not valid.", "请求无效。"),
        StatusCodes.Status401Unauthorized => new("Not signed in", "未登录"),
        StatusCodes.Status403Forbidden => new("Forbidden", "无权办理"),
        StatusCodes.Status404NotFound => new("Not found", "未找到"),
        StatusCodes.Status405MethodNotAllowed => new("Method not allowed", "不支持此方法"),
        StatusCodes.Status409Conflict => new("Not possible now", "现在无法办理"),
        StatusCodes.Status413PayloadTooLarge => new("Too large", "请求过大"),
        StatusCodes.Status429TooManyRequests => new("Too many requests", "请求过多"),
        StatusCodes.Status415UnsupportedMediaType => new("Unsupported media type: send application/json", "不支持的内容类型：请发送 application/json"),
        StatusCodes.Status503ServiceUnavailable => new("Temporarily unavailable", "暂时不可用"),
        _ => new("Error", "错误"),
    };
}
