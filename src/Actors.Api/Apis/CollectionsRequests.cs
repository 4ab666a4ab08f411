using Actors.Domain.Collections;

namespace Actors.Api.Apis;

public sealed record AssignCollectorRequest(string? CollectorId);

/// <summary>
/// A call the signed-in collector made to a borrower. <c>at</c> defaults to now on the business clock. Older clients
/// also sent <c>collectorId</c>: it is ignored, the collector is whoever is signed in. <c>id</c> (optional, the client's
/// own): sending the same call again with it is a replay, recorded once.
/// </summary>
public sealed record CallRequest(string? Id, DateTimeOffset? At, NumberType? Number, CallOutcome? Outcome, string? Note) : IClientRequest;

/// <summary>
/// A promise to pay <c>amount</c> by <c>promisedFor</c>, taken by the signed-in collector (a <c>by</c> in the body is
/// ignored). <c>id</c> (optional): sending it again answers the promise already recorded.
/// </summary>
public sealed record PromiseRequest(string? Id, decimal? Amount, DateTimeOffset? PromisedFor) : IClientRequest;

/// <summary>A request the client may name with an id of its own, so that sending it again is a replay.</summary>
public interface IClientRequest
{
    string? Id { get; }
}
