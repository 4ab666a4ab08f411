using System.Globalization;
using System.Reflection;
using System.Threading.RateLimiting;
using Actors.Domain;
using Actors.Domain.Audit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Actors.Api.Http;

/// <summary>How many sign-in tries a minute (Grid:SignIn): from one client address, and for one login from anywhere.</summary>
public sealed class SignInThrottleOptions
{
    public const string Section = "Grid:SignIn";

    /// <summary>A branch's staff may share one address behind its router: generous, yet far below a guessing tool.</summary>
    public int PerAddressPerMinute { get; set; } = 60;

    /// <summary>Guesses at one login spread over many addresses.</summary>
    public int PerLoginPerMinute { get; set; } = 20;
}

/// <summary>
/// Sign-in cannot be turned into a weapon (issue 12): ASP.NET Core's rate limiter per client address on the sign-in
/// route, a limiter per login in the handler, both answering 429 with Retry-After; wrong passwords then slow down one
/// login from one address (<see cref="Domain.Staff.SignInLockout"/>) instead of locking the account for everyone.
/// </summary>
public static class SignInThrottle
{
    public const string Policy = "sign-in";

    public static IServiceCollection AddSignInThrottle(this IServiceCollection services)
    {
        services.AddOptions<SignInThrottleOptions>().BindConfiguration(SignInThrottleOptions.Section);
        services.AddSingleton(sp =>
        {
            var perLogin = sp.GetRequiredService<IOptions<SignInThrottleOptions>>().Value.PerLoginPerMinute;
            return new LoginLimiter(PartitionedRateLimiter.Create<string, string>(login =>
                RateLimitPartition.GetFixedWindowLimiter(login, _ => PerMinute(perLogin))));
        });
        services.AddRateLimiter(o =>
        {
            o.AddPolicy(Policy, http => RateLimitPartition.GetFixedWindowLimiter(AuditTrail.AddressOf(http) ?? "",
                _ => PerMinute(http.RequestServices.GetRequiredService<IOptions<SignInThrottleOptions>>().Value.PerAddressPerMinute)));
            o.OnRejected = async (context, _) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromMinutes(1);
                await context.HttpContext.AuditAsync(AuditActions.SignInThrottled, "POST /api/auth/sign-in", "too many sign-in tries from this address");
                await new SlowDown(retryAfter).ExecuteAsync(context.HttpContext);
            };
        });
        return services;
    }

    private static FixedWindowRateLimiterOptions PerMinute(int permits) =>
        new() { PermitLimit = Math.Max(1, permits), Window = TimeSpan.FromMinutes(1), QueueLimit = 0 };
}

/// <summary>Tries per login, whatever address they come from.</summary>
public sealed class LoginLimiter(PartitionedRateLimiter<string> limiter)
{
    /// <summary>Null when this try may go ahead; else how long to wait.</summary>
    public TimeSpan? Wait(string login)
    {
        using var lease = limiter.AttemptAcquire(login.ToUpperInvariant());
        return lease.IsAcquired ? null : lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromMinutes(1);
    }
}

/// <summary>429 Too Many Requests with Retry-After (whole seconds), as ProblemDetails in the caller's language.</summary>
public sealed class SlowDown(TimeSpan retryAfter) : IResult, IStatusCodeHttpResult, IEndpointMetadataProvider
{
    public int? StatusCode => StatusCodes.Status429TooManyRequests;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        httpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        var language = UserLanguage.Of(httpContext);
        var detail = new Words($"Too many sign-in tries: try again in {seconds} s.", $"登录尝试过多：请 {seconds} 秒后再试。");
        return TypedResults.Problem(new ProblemDetails
        {
            Status = StatusCodes.Status429TooManyRequests, Title = ProblemTitles.Of(StatusCodes.Status429TooManyRequests).In(language), Detail = detail.In(language),
        }).ExecuteAsync(httpContext);
    }

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status429TooManyRequests, typeof(ProblemDetails), ["application/problem+json"]));
}
