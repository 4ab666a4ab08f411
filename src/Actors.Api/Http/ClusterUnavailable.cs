using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Orleans.Runtime;
using Orleans.Runtime.Messaging;

namespace Actors.Api.Http;

/// <summary>
/// A call that met the cluster moving (a silo died and is not yet declared dead, a grain is being placed again, an
/// answer timed out) is worth sending again, not a server fault: 503 with Retry-After instead of 500. Transactions are
/// idempotent by id, so the core system may resend the same batch; nothing is applied twice.
/// </summary>
public sealed class ClusterUnavailable(IProblemDetailsService problems) : IExceptionHandler
{
    /// <summary>About how long the cluster takes to declare a dead silo and place its grains elsewhere.</summary>
    public const int RetryAfterSeconds = 5;

    public static bool IsTransient(Exception exception) =>
        exception is OrleansMessageRejectionException or GatewayTooBusyException or ConnectionFailedException or TimeoutException;

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (!IsTransient(exception) || httpContext.Response.HasStarted)
        {
            return false;
        }
        httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        httpContext.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "Temporarily unavailable",
                Detail = $"A server of the grid is being replaced; send the same request again in {RetryAfterSeconds} s (transactions are idempotent by id).",
            },
        });
    }
}
