using Actors.Api.Http;
using Actors.Contracts.Clients;
using Actors.Contracts.Institutions;
using Actors.Contracts.Managers;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Actors.Api.Apis;

/// <summary>Checks that referenced entities exist, so a 400 can name the field that points nowhere.</summary>
internal static class ReferenceChecks
{
    public static async Task Institution(this Problems errors, IGrainFactory grains, string field, string? id)
    {
        if (!string.IsNullOrWhiteSpace(id) && !await grains.GetGrain<IInstitutionGrain>(id).Exists())
        {
            errors.Add(field, $"institution {id} is not registered");
        }
    }

    public static async Task Client(this Problems errors, IGrainFactory grains, string field, string? id)
    {
        if (!string.IsNullOrWhiteSpace(id) && await grains.GetGrain<IClientGrain>(id).GetSnapshot() is null)
        {
            errors.Add(field, $"client {id} is not registered");
        }
    }

    /// <summary>A client the caller covers: one of another institution is "not registered" to them, as its reads are 404.</summary>
    public static async Task Client(this Problems errors, HttpRequest request, string field, string? id)
    {
        if (!string.IsNullOrWhiteSpace(id)
            && (await Grains(request).GetGrain<IClientGrain>(id).GetSnapshot() is not { } client || !await request.Covers(client.InstitutionId)))
        {
            errors.Add(field, $"client {id} is not registered");
        }
    }

    /// <summary>A member of staff the caller covers: one of another institution is "not registered" to them.</summary>
    public static async Task Manager(this Problems errors, HttpRequest request, string field, string? id)
    {
        if (!string.IsNullOrWhiteSpace(id)
            && (await Grains(request).GetGrain<IManagerGrain>(id).GetSnapshot() is not { } manager || !await request.Covers(manager.InstitutionId)))
        {
            errors.Add(field, $"manager {id} is not registered");
        }
    }

    private static IGrainFactory Grains(HttpRequest request) => request.HttpContext.RequestServices.GetRequiredService<IGrainFactory>();

    public static async Task Manager(this Problems errors, IGrainFactory grains, string field, string? id)
    {
        if (!string.IsNullOrWhiteSpace(id) && await grains.GetGrain<IManagerGrain>(id).GetSnapshot() is null)
        {
            errors.Add(field, $"manager {id} is not registered");
        }
    }
}
