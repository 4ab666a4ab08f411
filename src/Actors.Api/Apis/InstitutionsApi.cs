using Actors.Api.Http;
using Actors.Contracts.Institutions;
using Actors.Contracts.Managers;
using Actors.Contracts.Staff;
using Actors.Domain;
using Actors.Domain.Audit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Actors.Api.Apis;

/// <summary>The bank's tree of institutions and its staff register, kept by the management department.</summary>
public static class InstitutionsApi
{
    /// <summary>The rule that refuses a change to the bank's tree.</summary>
    public const string TreeRule = "tree";

    public static RouteGroupBuilder MapInstitutionsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Institutions and staff");
        api.MapGet("/institutions", ListInstitutions).WithName("ListInstitutions")
            .WithSummary("The institutions the caller covers")
            .WithDescription("The caller's own institution and those beneath it (a head office: all).");
        api.MapGet("/institutions/{id}", GetInstitution).WithName("GetInstitution").InScopeOfInstitution("id")
            .WithSummary("One institution")
            .WithDescription("An institution in the caller's scope: name, kind, parent.");
        api.MapPost("/institutions", RegisterInstitution).WithName("RegisterInstitution")
            .WithSummary("Register an institution")
            .WithDescription("The head office's management department registers a branch under the head office or a sub-branch under a branch; "
                + "the bank has one head office, at the root, made at first start.");
        api.MapGet("/managers/{id}", GetStaffMember).WithName("GetStaffMember").InScope("id", Thing.Staff, InstitutionOfStaff)
            .WithSummary("One member of staff")
            .WithDescription("A member of staff in the caller's scope: institution, roles, and for a client manager the tier and credit clients.");
        api.MapPost("/managers", RegisterStaffMember).WithName("RegisterStaffMember")
            .WithSummary("Register a member of staff")
            .WithDescription("The management department registers a member of staff in its own institution or beneath it; the management and "
                + "institution-head roles only the head office's management department grants.");
        api.MapPut("/managers/{id}/roles", ChangeStaffRoles).WithName("ChangeStaffRoles").InScope("id", Thing.Staff, InstitutionOfStaff)
            .WithSummary("Change a member of staff's roles")
            .WithDescription("The management department of their institution (or above) replaces their roles; nobody changes their own, and the management "
                + "and institution-head roles only the head office's management department grants or takes away. Their open sessions end.");
        return api;
    }

    public static async Task<Ok<List<InstitutionSnapshot>>> ListInstitutions([AsParameters] GridServices services)
    {
        var ids = await services.Grain<IInstitutionDirectoryGrain>(IInstitutionDirectoryGrain.Key).List();
        var visible = await Task.WhenAll(ids.Select(async id => await services.Covers(id) ? id : null));
        var snapshots = await Task.WhenAll(visible.OfType<string>().Select(id => services.Grain<IInstitutionGrain>(id).GetSnapshot()));
        return TypedResults.Ok(snapshots.OfType<InstitutionSnapshot>().ToList());
    }

    public static async Task<Results<Ok<InstitutionSnapshot>, Refused>> GetInstitution([AsParameters] GridServices services, string id) =>
        OutcomeResults.OkOr(await services.Grain<IInstitutionGrain>(id).GetSnapshot(), () => StaffProblems.NotFound(Thing.Institution, id));

    public static async Task<Results<Created<InstitutionSnapshot>, Refused>> RegisterInstitution([AsParameters] GridServices services, CreateInstitutionRequest request)
    {
        // Checked before anything about the request: a branch's management department learns nothing of the tree.
        if (!await services.CoversEverything())
        {
            return new Refused(Refusal.ForbiddenBy(TreeRule, "institutions are registered by the head office's management department only",
                "机构只能由总行管理部门登记"));
        }
        // Kind and parent agree, one head office at the root: the institution's own rules (TreePlacement).
        var registered = await services.Grain<IInstitutionGrain>(request.Id!).Register(new(request.Name!, request.Kind!.Value, request.ParentId));
        if (!registered.IsRefused)
        {
            await services.Http.AuditAsync(AuditActions.InstitutionRegistered, $"institution/{request.Id}",
                $"{request.Kind} under {request.ParentId ?? "(root)"}", institutionId: request.Id);
        }
        return registered.ToCreated(i => Locations.Of("institutions", i.InstitutionId));
    }

    public static async Task<Results<Ok<ManagerSnapshot>, Refused>> ChangeStaffRoles([AsParameters] GridServices services, string id, ChangeRolesRequest request)
    {
        if (await services.Grain<IManagerGrain>(id).GetSnapshot() is not { } staff)
        {
            return StaffProblems.NotFound(Thing.Staff, id);
        }
        var roles = request.Roles!.Distinct().ToList();
        if (StaffGrants.Refusal(services.Caller, await services.CoversEverything(), id, staff.Roles, roles) is { } refused)
        {
            return new Refused(refused);
        }
        var changed = await services.Grain<IManagerGrain>(id).ChangeRoles(roles);
        if (!changed.IsRefused && !staff.Roles.SequenceEqual(roles))
        {
            // Roles are read into the cookie at sign-in: their sessions end, and the next sign-in carries the new roles.
            await services.Grain<IStaffCredentialGrain>(id).EndSessions();
            await services.Http.AuditAsync(AuditActions.RolesChanged, $"staff/{id}", $"{string.Join(",", staff.Roles)} → {string.Join(",", roles)}",
                institutionId: staff.InstitutionId);
            await StaffSessions.RevokedAsync(services.Http, id, SessionEndReason.RolesChanged, staff.InstitutionId);
        }
        return changed.ToOk();
    }

    public static async Task<string?> InstitutionOfStaff(IGrainFactory grains, string id) => (await grains.GetGrain<IManagerGrain>(id).GetSnapshot())?.InstitutionId;

    public static async Task<Results<Ok<ManagerSnapshot>, Refused>> GetStaffMember([AsParameters] GridServices services, string id) =>
        OutcomeResults.OkOr(await services.Grain<IManagerGrain>(id).GetSnapshot(), () => StaffProblems.NotFound(Thing.Staff, id));

    public static async Task<Results<Created<ManagerSnapshot>, Refused>> RegisterStaffMember([AsParameters] GridServices services, CreateManagerRequest request)
    {
        if (await services.Institution("institutionId", request.InstitutionId) is { } unknown)
        {
            return new Refused(unknown);
        }
        if (!await services.Covers(request.InstitutionId))
        {
            return StaffProblems.OutsideInstitution(Thing.Institution, request.InstitutionId!);
        }
        var roles = request.Roles ?? [StaffRole.ClientManager];
        if (StaffGrants.Refusal(services.Caller, await services.CoversEverything(), request.Id!, [], roles) is { } refused)
        {
            return new Refused(refused);
        }
        var registered = await services.Grain<IManagerGrain>(request.Id!).Register(new(request.InstitutionId!, request.Name!, roles, LobbyApi.Blank(request.NameZh)));
        if (!registered.IsRefused)
        {
            await services.Http.AuditAsync(AuditActions.StaffRegistered, $"staff/{request.Id}", $"roles {string.Join(",", roles)}", institutionId: request.InstitutionId);
        }
        return registered.ToCreated(m => Locations.Of("managers", m.ManagerId));
    }
}
