using Actors.Api.Rules;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Actors.Api.Http;

/// <summary>
/// What every request of the API goes through before its handler, in this order: the ids its route and query name
/// (<see cref="RouteIds"/>), before anything is looked up; the route's door in the <see cref="RoleMatrix"/> (who and which
/// roles); the endpoint's gates (<see cref="RequestGate"/>: which institution, whose entity); the field rules of the request records the handler takes (<see cref="RequestRules"/>). One filter, so the order
/// holds whatever group or endpoint declared each part.
/// </summary>
public static class GridPipeline
{
    public static EndpointFilterDelegate Factory(EndpointFilterFactoryContext context, EndpointFilterDelegate next)
    {
        var checkedArguments = context.MethodInfo.GetParameters()
            .Select((p, i) => (p.ParameterType, Index: i))
            .Where(p => RequestRules.HasRules(p.ParameterType))
            .Select(p => p.Index)
            .ToArray();
        return async invocation =>
        {
            var http = invocation.HttpContext;
            if (RouteIds.Check(http.Request) is { } badId)
            {
                return badId;
            }
            if (RoleMatrix.Of(http) is { } access && await access.Check(http) is { } refused)
            {
                return refused;
            }
            foreach (var gate in http.GetEndpoint()?.Metadata.GetOrderedMetadata<RequestGate>() ?? [])
            {
                if (await gate.Check(http) is { } shut)
                {
                    return shut;
                }
            }
            if (checkedArguments.Length > 0)
            {
                var clock = http.RequestServices.GetRequiredService<GridClock>();
                var problems = new Problems();
                foreach (var index in checkedArguments)
                {
                    if (invocation.Arguments[index] is { } request)
                    {
                        problems.Add(RequestRules.Check(request, clock));
                    }
                }
                if (problems.Any)
                {
                    return problems.ToResult();
                }
            }
            return await next(invocation);
        };
    }
}
