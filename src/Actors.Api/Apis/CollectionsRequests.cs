using Actors.Domain.Collections;

namespace Actors.Api.Apis;

public sealed record AssignCollectorRequest(string? CollectorId);

/// <summary>A call made to a borrower. <c>at</c> defaults to now on the business clock.</summary>
public sealed record CallRequest(string? CollectorId, DateTimeOffset? At, NumberType? Number, CallOutcome? Outcome, string? Note);

/// <summary>A promise to pay <c>amount</c> by <c>promisedFor</c>, taken by collector <c>by</c>.</summary>
public sealed record PromiseRequest(decimal? Amount, DateTimeOffset? PromisedFor, string? By);
