using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Actors.Api.Rules;
using Actors.Domain.Collections;

namespace Actors.Api.Apis;

public sealed record AssignCollectorRequest([property: Required, GridId, Description("A registered collector in the caller's institutions.")] string? CollectorId);

/// <summary>
/// A call the signed-in collector made to a borrower. <c>at</c> defaults to now on the business clock. Older clients
/// also sent <c>collectorId</c>: it is ignored, the collector is whoever is signed in. <c>id</c> (optional, the client's
/// own): sending the same call again with it is a replay, recorded once.
/// </summary>
public sealed record CallRequest(
    [property: GridId, Description("The client's own id for this call: a retry with it is recorded once.")] string? Id,
    [property: Dates(MaxDaysBack = 31, MaxDaysAhead = 0), Description("When the call was made; default: now.")] DateTimeOffset? At,
    [property: Required] NumberType? Number,
    [property: Required] CallOutcome? Outcome,
    [property: Required, Text(4000)] string? Note);

/// <summary>
/// A promise to pay <c>amount</c> by <c>promisedFor</c>, taken by the signed-in collector (a <c>by</c> in the body is
/// ignored). <c>id</c> (optional): sending it again answers the promise already recorded.
/// </summary>
public sealed record PromiseRequest(
    [property: GridId, Description("The client's own id for this promise: a retry with it answers the promise already recorded.")] string? Id,
    [property: Required, Amount, Description("At most what is outstanding on the loan.")] decimal? Amount,
    [property: Required, Description("Not in the past, and within Rules:Collections:MaxPromiseDaysAhead days (60 by default).")] DateTimeOffset? PromisedFor);

/// <summary>Whose worklist, and in which institution (default: the collector's own and those beneath it).</summary>
public sealed record CollectorWorklistQuery(string CollectorId, [property: GridId] string? InstitutionId);
