using Actors.Api.Http;
using Actors.Contracts.Clients;
using Actors.Contracts.Institutions;
using Actors.Contracts.Managers;
using Actors.Domain;

namespace Actors.Api.Apis;

/// <summary>
/// Checks that a request's references exist for the caller, so a 400 names the field that points nowhere. An entity of an
/// institution the caller does not cover is "not registered" to them, as its reads are 404.
/// </summary>
internal static class ReferenceChecks
{
    public static async Task<Refusal?> Institution(this GridServices services, string field, string? id) =>
        id is null || await services.Grain<IInstitutionGrain>(id).Exists() ? null : Refusal.NotRegistered(field, Thing.Institution, id);

    public static async Task<Refusal?> Client(this GridServices services, string field, string? id) =>
        id is null || await services.Grain<IClientGrain>(id).GetSnapshot() is { } client && await services.Covers(client.InstitutionId)
            ? null
            : Refusal.NotRegistered(field, Thing.Client, id);

    public static async Task<Refusal?> Staff(this GridServices services, string field, string? id) =>
        id is null || await services.Grain<IManagerGrain>(id).GetSnapshot() is { } staff && await services.Covers(staff.InstitutionId)
            ? null
            : Refusal.NotRegistered(field, Thing.Staff, id);

    /// <summary>Any registered member of staff, in the caller's institutions or not (a transfer may go to another institution).</summary>
    public static async Task<Refusal?> AnyStaff(this GridServices services, string field, string? id) =>
        id is null || await services.Grain<IManagerGrain>(id).GetSnapshot() is not null ? null : Refusal.NotRegistered(field, Thing.Staff, id);

    /// <summary>A member of staff the caller covers, who holds <paramref name="role"/>.</summary>
    public static async Task<Refusal?> StaffWithRole(this GridServices services, string field, string id, StaffRole role, string roleEn, string roleZh)
    {
        if (await services.Grain<IManagerGrain>(id).GetSnapshot() is not { } staff || !await services.Covers(staff.InstitutionId))
        {
            return Refusal.NotRegistered(field, Thing.Staff, id);
        }
        return staff.Roles.Contains(role) ? null : Refusal.Invalid(field, $"{id} is not a {roleEn}", $"{id} 不是{roleZh}");
    }
}
