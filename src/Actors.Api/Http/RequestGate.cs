using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Actors.Api.Http;

/// <summary>
/// A check on the caller (signed in, the upstream key, the entity in their institutions) that an endpoint or its group
/// declares as metadata. <see cref="GridPipeline"/> runs the gates in order, after the ids are checked and before the
/// request's fields are, so a caller who may not be there learns nothing of the body's rules.
/// </summary>
public sealed class RequestGate(Func<HttpContext, Task<IResult?>> check)
{
    public Task<IResult?> Check(HttpContext http) => check(http);
}

public static class RequestGates
{
    public static TBuilder WithGate<TBuilder>(this TBuilder builder, Func<HttpContext, Task<IResult?>> check) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new RequestGate(check));
}
