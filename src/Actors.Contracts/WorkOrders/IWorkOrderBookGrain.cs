using Actors.Domain.WorkOrders;

namespace Actors.Contracts.WorkOrders;

/// <summary>
/// A sub-branch's work orders (keyed by institution id): issues the month's orders at the month start on its own
/// durable clock and keeps the 1st/15th progress reports.
/// </summary>
public interface IWorkOrderBookGrain : IGrainWithStringKey, Calendars.ICalendarDependent
{
    /// <summary>Starts the book's clocks (repeating it is harmless); the first issue is at the next month start.</summary>
    Task Open();

    Task<WorkOrderMonth> List(DateOnly month);

    /// <summary>The ids of every order the book issued, of every month (what a worklist rebuild reads).</summary>
    Task<IReadOnlyList<string>> OrderIds();

    /// <summary>
    /// Issues the current month's orders now if they were not: a book opened mid-month first issues at the next month
    /// start, so a bank (or the demo) starting mid-month asks for this month's at once. Repeating it changes nothing.
    /// </summary>
    Task<WorkOrderMonth> IssueCurrentMonth();

    /// <summary>The progress report of a 1st or 15th, null if none was made for that date.</summary>
    Task<ProgressReport?> GetProgress(DateOnly date);

    /// <summary>When the book's clocks fire next (for screens and tests).</summary>
    Task<WorkOrderBookClock> GetClock();
}

[GenerateSerializer, Immutable, Alias("bg.WorkOrderMonth")]
public sealed record WorkOrderMonth(string InstitutionId, string Month, DateTimeOffset? IssuedAt, IReadOnlyList<WorkOrderView> Items);

[GenerateSerializer, Immutable, Alias("bg.WorkOrderBookClock")]
public sealed record WorkOrderBookClock(DateTimeOffset? NextIssueAt, DateOnly? NextReportDate, DateTimeOffset? NextReportAt, DateTimeOffset? ArmedAt);

[GenerateSerializer, Immutable, Alias("bg.ProgressCounts")]
public sealed record ProgressCounts(int Issued, int Assigned, int Booked, int Visited, int Completed)
{
    public static ProgressCounts From(ProgressCount c) => new(c.Issued, c.Assigned, c.Booked, c.Visited, c.Completed);
}

[GenerateSerializer, Immutable, Alias("bg.MemberProgress")]
public sealed record MemberProgress(string MemberId, ProgressCounts Counts);

/// <summary>The 1st/15th report: for the month it covers, how far the sub-branch and each member got.</summary>
[GenerateSerializer, Immutable, Alias("bg.ProgressReport")]
public sealed record ProgressReport(string InstitutionId, DateOnly Date, string Month, DateTimeOffset GeneratedAt, ProgressCounts Totals, IReadOnlyList<MemberProgress> Members);
