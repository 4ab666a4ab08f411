using Actors.Domain.Collections;
using Actors.Domain.Loans;

namespace Actors.Contracts.Collections;

/// <summary>A collector's worklist, keyed by the collector's staff id.</summary>
public interface ICollectorWorklistGrain : IGrainWithStringKey
{
    /// <summary>Today's work on the collector's loans in an institution and everything below it; null when the institution is not registered.</summary>
    Task<CollectorWorklistView?> Build(string institutionId);
}

[GenerateSerializer, Immutable, Alias("bg.WorkItemView")]
public sealed record WorkItemView(
    WorkKind Kind,
    string LoanId,
    string ClientId,
    LoanStage Stage,
    int DaysPastDue,
    decimal Amount,
    DateTimeOffset? DueAt,
    int CallsToday,
    int NumbersTriedToday,
    bool NeedsHandOver,
    bool ReminderProvisional);

/// <summary>Promise follow-ups (window open), then reminders due today, then overdue loans to call; Loans counts every loan the collector holds there.</summary>
[GenerateSerializer, Immutable, Alias("bg.CollectorWorklistView")]
public sealed record CollectorWorklistView(string CollectorId, string InstitutionId, DateTimeOffset At, int Loans, IReadOnlyList<WorkItemView> Items);
