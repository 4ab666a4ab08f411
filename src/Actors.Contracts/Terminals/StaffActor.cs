using Actors.Contracts.Managers;

namespace Actors.Contracts.Terminals;

/// <summary>The signed-in member of staff acting on a workflow, as the API read them from the sign-in cookie.</summary>
[GenerateSerializer, Immutable, Alias("bg.StaffActor")]
public sealed record StaffActor(string StaffId, string Name, string InstitutionId, IReadOnlyList<StaffRole> Roles, string? Address)
{
    public bool Has(StaffRole role) => Roles.Contains(role);
}
