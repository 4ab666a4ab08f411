using Actors.Domain;
using Microsoft.AspNetCore.Http;

namespace Actors.Api.Http;

/// <summary>
/// Every id a route or query names (<c>{id}</c>, <c>{branchId}</c>, <c>?institutionId=</c>…) must be a well-formed id
/// (<see cref="EntityIds"/>) before anything is looked up: 400 naming the parameter otherwise.
/// </summary>
public static class RouteIds
{
    public static Refused? Check(HttpRequest request)
    {
        var problems = new Problems();
        foreach (var (name, value) in request.RouteValues)
        {
            if (IsId(name) && value is string id)
            {
                problems.Add(EntityIds.Check(name, id));
            }
        }
        foreach (var (name, values) in request.Query)
        {
            if (IsId(name) && values.ToString() is { Length: > 0 } id)
            {
                problems.Add(EntityIds.Check(name, id));
            }
        }
        return problems.Any ? problems.ToResult() : null;
    }

    public static bool IsId(string name) => name == "id" || name.EndsWith("Id", StringComparison.Ordinal);
}
