using Actors.Api.Http;
using Actors.Contracts.Clients;
using Actors.Contracts.Institutions;
using Actors.Contracts.Managers;

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

    public static async Task Manager(this Problems errors, IGrainFactory grains, string field, string? id)
    {
        if (!string.IsNullOrWhiteSpace(id) && await grains.GetGrain<IManagerGrain>(id).GetSnapshot() is null)
        {
            errors.Add(field, $"manager {id} is not registered");
        }
    }
}
