using Actors.Contracts.WorkOrders;

namespace Actors.Api.Apis;

public sealed record AssignWorkOrderRequest(string? MemberId);

/// <summary>The phone booking: the instant the client agreed to be visited.</summary>
public sealed record BookWorkOrderRequest(DateTimeOffset? BookedFor);

public sealed record VisitWorkOrderRequest(WorkPaper? Paper, IReadOnlyList<RiskSignalEntry>? RiskSignals);

public sealed record RiskListView(IReadOnlyList<RiskReport> Items);
