using Actors.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Actors.Api.Http;

/// <summary>
/// Every API answer carries the business clock's "now" and pace (<see cref="BusinessTime.NowHeader"/>,
/// <see cref="BusinessTime.RateHeader"/>): the screens set their one clock from it, never from the machine they run on,
/// so a branch PC with a wrong clock, or the demo's accelerated day, still shows waits and dates in business time.
/// </summary>
public static class BusinessTimeHeaders
{
    public static IApplicationBuilder UseBusinessTimeHeaders(this IApplicationBuilder app)
    {
        var clock = app.ApplicationServices.GetRequiredKeyedService<TimeProvider>(BusinessTime.ClockKey);
        var rate = BusinessTime.Format(BusinessTime.RateOf(clock));
        return app.Use((context, next) =>
        {
            if (context.Request.Path.StartsWithSegments("/api"))
            {
                // Stamped as the answer leaves, so the reading is as fresh as the data it comes with.
                context.Response.OnStarting(() =>
                {
                    context.Response.Headers[BusinessTime.NowHeader] = BusinessTime.Format(clock.GetUtcNow());
                    context.Response.Headers[BusinessTime.RateHeader] = rate;
                    return Task.CompletedTask;
                });
            }
            return next(context);
        });
    }
}
