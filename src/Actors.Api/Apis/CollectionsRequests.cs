using Actors.Domain.Collections;

namespace Actors.Api.Apis;

public sealed record AssignCollectorRequest(string? CollectorId);

/// <summary>
/// A call the signed-in collector made to a borrower. <c>at</c> defaults to now on the business clock. Older clients
/// also sent <c>collectorId</c>: it is ignored, the collector is whoever is signed in.
/// </summary>
public sealed record CallRequest(DateTimeOffset? At, NumberType? Number, CallOutcome? Outcome, string? Note);

/// <summary>A promise to pay <c>amount</c> by <c>promisedFor</c>, taken by the signed-in collector (a <c>by</c> in the body is ignored).</summary>
public sealed record PromiseRequest(decimal? Amount, DateTimeOffset? PromisedFor);
