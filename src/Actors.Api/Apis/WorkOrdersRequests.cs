using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Actors.Api.Rules;
using Actors.Contracts.WorkOrders;

namespace Actors.Api.Apis;

public sealed record AssignWorkOrderRequest([property: Required, GridId, Description("A member of the work order's sub-branch.")] string? MemberId);

/// <summary>The phone booking: the instant the client agreed to be visited.</summary>
public sealed record BookWorkOrderRequest(
    [property: Required, Dates(MaxDaysBack = 31, MaxDaysAhead = 62), Description("Not before the work order was issued.")] DateTimeOffset? BookedFor);

public sealed record VisitWorkOrderRequest(
    [property: Required, Description("The work paper: business running normally? repayment pressure? suggestions (brief §3).")] WorkPaper? Paper,
    [property: Items(0, 20)] List<RiskSignalEntry>? RiskSignals);

public sealed record RiskListView(IReadOnlyList<RiskReport> Items);

/// <summary>The progress report of a 1st or a 15th.</summary>
public sealed record ProgressQuery(string Id, [property: Required, Day, Description("The 1st or the 15th, as YYYY-MM-DD.")] string? Date);
