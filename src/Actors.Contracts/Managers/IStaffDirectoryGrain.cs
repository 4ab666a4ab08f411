namespace Actors.Contracts.Managers;

/// <summary>
/// The staff of an institution and every institution beneath it, to pick a person from (an assignee, a complaint's owner,
/// a collector) instead of typing an id. Keyed by the institution; read on demand from the institutions' registers.
/// </summary>
public interface IStaffDirectoryGrain : IGrainWithStringKey
{
    /// <summary>One page of the staff who match, by name (Latin or Chinese) then id; null when the institution is not registered.</summary>
    Task<StaffPage?> Find(StaffFilter filter);
}

/// <summary>Who to list: holding <see cref="Role"/> (any when null), whose name or id contains <see cref="Name"/>; page from 1.</summary>
[GenerateSerializer, Immutable, Alias("bg.StaffFilter")]
public sealed record StaffFilter(StaffRole? Role, string? Name, int Page, int PageSize);

/// <summary>A member of staff as a picker shows them.</summary>
[GenerateSerializer, Immutable, Alias("bg.StaffEntry")]
public sealed record StaffEntry(string StaffId, string Name, string? NameZh, string InstitutionId, string InstitutionName, IReadOnlyList<StaffRole> Roles);

/// <summary>One page of a staff list: <see cref="Total"/> counts every match.</summary>
[GenerateSerializer, Immutable, Alias("bg.StaffPage")]
public sealed record StaffPage(IReadOnlyList<StaffEntry> Items, int Page, int PageSize, int Total);
