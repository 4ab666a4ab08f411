using Actors.Domain.Worklist;

namespace Actors.Contracts.Worklist;

/// <summary>A staff member's worklist, keyed by staff id, built on read from the clients', loans' and terminals' own state.</summary>
public interface IWorklistGrain : IGrainWithStringKey
{
    /// <summary>The staff member's own items, or with <paramref name="team"/> every member's of their institution; null for an unknown staff id.</summary>
    Task<WorklistView?> Build(bool team);
}

/// <summary>One thing to do. <see cref="Id"/> is the client, loan or terminal it is about; <see cref="OwnerId"/> whose work it is.</summary>
[GenerateSerializer, Immutable, Alias("bg.WorklistItem")]
public sealed record WorklistItem(WorklistKind Kind, string Id, string Title, string InstitutionId, DateTimeOffset? DueAt, string? Detail, string? OwnerId);

[GenerateSerializer, Immutable, Alias("bg.WorklistView")]
public sealed record WorklistView(
    string StaffId,
    DateTimeOffset AsOf,
    IReadOnlyList<WorklistItem> VisitsDue,
    IReadOnlyList<WorklistItem> VisitsOverdue,
    IReadOnlyList<WorklistItem> RemindersToMake,
    IReadOnlyList<WorklistItem> PromisesDue,
    IReadOnlyList<WorklistItem> InactiveTerminals,
    IReadOnlyList<WorklistItem> Approvals,
    IReadOnlyList<WorklistItem> WorkOrders);
