using System.Text.Json;
using Actors.Api.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Runtime;

namespace Actors.Api.Tests;

/// <summary>
/// While a dead silo is not yet declared dead, calls to its grains fail; upstream systems get 503 with Retry-After for
/// those (and resend: transactions are idempotent by id), and still a 500 for a real fault.
/// </summary>
public sealed class ClusterUnavailableTests
{
    public static TheoryData<Exception> Transient() =>
    [
        new SiloUnavailableException("silo S127.0.0.1:11113 is unavailable"),
        new GatewayTooBusyException(),
        new TimeoutException("Response did not arrive on time in 00:00:30"),
    ];

    [Theory]
    [MemberData(nameof(Transient))]
    public async Task A_call_that_met_the_cluster_moving_is_503_with_retry_after_as_problem_details(Exception exception)
    {
        var (handler, context, body) = Arrange();

        Assert.True(await handler.TryHandleAsync(context, exception, CancellationToken.None));

        Assert.Equal(StatusCodes.Status503ServiceUnavailable, context.Response.StatusCode);
        Assert.Equal("5", context.Response.Headers.RetryAfter.ToString());
        Assert.StartsWith("application/problem+json", context.Response.ContentType);
        using var problem = JsonDocument.Parse(body.ToArray());
        Assert.Equal(503, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Contains("send the same request again", problem.RootElement.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_real_fault_is_left_to_the_500_handler()
    {
        var (handler, context, _) = Arrange();

        Assert.False(await handler.TryHandleAsync(context, new InvalidOperationException("a bug"), CancellationToken.None));
        Assert.Equal(StatusCodes.Status200OK, context.Response.StatusCode);
        Assert.False(context.Response.Headers.ContainsKey("Retry-After"));
    }

    private static (ClusterUnavailable Handler, HttpContext Context, MemoryStream Body) Arrange()
    {
        var services = new ServiceCollection().AddLogging().AddProblemDetails().BuildServiceProvider();
        var body = new MemoryStream();
        var context = new DefaultHttpContext { RequestServices = services };
        context.Request.Headers.Accept = "application/json";
        context.Response.Body = body;
        return (new ClusterUnavailable(services.GetRequiredService<IProblemDetailsService>()), context, body);
    }
}
