using Actors.Api.Rules;
using Microsoft.AspNetCore.Http;

namespace Actors.Api.Http;

/// <summary>
/// What the grid's handlers take (<c>[AsParameters]</c>, as eShop's CatalogServices): the grains, the caller and the
/// institutions they cover, and the business clock.
/// </summary>
public sealed record GridServices(IGrainFactory Grains, InstitutionScope Scope, GridClock Clock, HttpContext Http)
{
    /// <summary>The signed-in member of staff (every handler behind the fallback policy has one).</summary>
    public SignedInStaff Caller => Http.Caller();

    public Task<bool> Covers(string? institutionId) => Scope.Covers(Caller, institutionId);

    public Task<bool> CoversEverything() => Scope.CoversEverything(Caller);

    public T Grain<T>(string id) where T : IGrainWithStringKey => Grains.GetGrain<T>(id);
}
