using System.Collections.Concurrent;
using Actors.Contracts.Institutions;
using Actors.Domain.Collections;

namespace Actors.Api.Http;

/// <summary>
/// Answers "does this member of staff cover that institution": their own institution and every one beneath it, by the
/// position in the bank's tree, never by an institution's kind (the head office's staff cover the whole bank because it
/// is the root). Walks the tree upwards through the institutions' ParentId, remembering each node briefly (an
/// institution never moves once registered, so a stale entry is at worst a missing new one).
/// </summary>
public sealed class InstitutionScope(IGrainFactory grains, TimeProvider time)
{
    private static readonly TimeSpan Fresh = TimeSpan.FromSeconds(30);

    /// <summary>Far deeper than head office → branch → sub-branch; stops a corrupted loop in the tree.</summary>
    private const int MaxDepth = 16;

    private readonly ConcurrentDictionary<string, Node> _nodes = new(StringComparer.Ordinal);
    private string? _headOffice;

    private sealed record Node(InstitutionKind Kind, string? ParentId, DateTimeOffset ReadAt);

    public Task<bool> Covers(SignedInStaff staff, string? institutionId) => Covers(staff.InstitutionId, institutionId);

    public async Task<bool> Covers(string staffInstitutionId, string? institutionId)
    {
        if (string.IsNullOrEmpty(institutionId) || await Read(staffInstitutionId) is null)
        {
            return false;
        }
        string? id = institutionId;
        for (var depth = 0; id is not null && depth < MaxDepth; depth++)
        {
            if (id == staffInstitutionId)
            {
                return true;
            }
            id = (await Read(id))?.ParentId;
        }
        return false;
    }

    /// <summary>Whether the staff member sits at the bank's head office, the root (and so covers the whole bank, the central collections room included).</summary>
    public async Task<bool> CoversEverything(SignedInStaff staff) => await HeadOffice() == staff.InstitutionId;

    /// <summary>The root of the tree; remembered once known (the bank has one head office and it never changes).</summary>
    public async Task<string?> HeadOffice() =>
        _headOffice ??= await grains.GetGrain<IInstitutionDirectoryGrain>(IInstitutionDirectoryGrain.Key).HeadOffice();

    /// <summary>The collections room its staff work in: a sub-branch's is its branch's; null for an unknown institution.</summary>
    public async Task<string?> BranchRoomOf(string institutionId) =>
        await Read(institutionId) is { } node ? RoomWatch.OwnBranchRoom(institutionId, node.Kind == InstitutionKind.SubBranch, node.ParentId) : null;

    /// <summary>Whether the institution is registered (remembered once seen; an unknown one is asked again every time).</summary>
    public async Task<bool> Exists(string institutionId) => await Read(institutionId) is not null;

    private async Task<Node?> Read(string institutionId)
    {
        var now = time.GetUtcNow();
        if (_nodes.TryGetValue(institutionId, out var node) && now - node.ReadAt < Fresh)
        {
            return node;
        }
        if (await grains.GetGrain<IInstitutionGrain>(institutionId).GetSnapshot() is not { } snapshot)
        {
            return null;
        }
        node = new Node(snapshot.Kind, snapshot.ParentId, now);
        _nodes[institutionId] = node;
        return node;
    }
}
