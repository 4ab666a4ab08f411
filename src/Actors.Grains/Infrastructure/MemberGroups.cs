using Actors.Contracts.Institutions;

namespace Actors.Grains.Infrastructure;

/// <summary>
/// Registers kept as rows (one per member) instead of sets inside a state rewritten on every change: an entity's
/// registration writes its own row, in its own commit.
/// </summary>
internal static class MemberGroups
{
    /// <summary>The terminals (clients, loans, staff) registered to an institution.</summary>
    public static string Institution(string institutionId, MemberKind kind) => $"institution/{institutionId}/{kind switch
    {
        MemberKind.Terminal => "terminal",
        MemberKind.Client => "client",
        MemberKind.Loan => "loan",
        _ => "manager",
    }}";

    /// <summary>The terminals a member of staff maintains.</summary>
    public static string Portfolio(string maintainerId) => $"portfolio/{maintainerId}";
}
