using Actors.Contracts.Managers;
using Actors.Contracts.Terminals;

namespace Actors.Contracts.Screens;

/// <summary>
/// The inboxes a member of staff hears, named like the approval queues: their own (<c>staff:{id}</c>, for their
/// worklist and the approvals addressed to them by name) and the role queues they read (<c>head:{institution}</c>,
/// <c>teamlead:{institution}</c>, <c>management</c>). A role queue's change is one nudge on one stream, however many
/// people hold the role.
/// </summary>
public static class Inboxes
{
    public static string Staff(string staffId) => ApprovalQueues.Staff(staffId);

    /// <summary>Every inbox these roles read; a signed-in user joins exactly these, from their own sign-in claims.</summary>
    public static IReadOnlyList<string> Of(string staffId, string institutionId, IReadOnlyCollection<StaffRole> roles) =>
        ApprovalQueues.Of(staffId, institutionId, roles);
}
