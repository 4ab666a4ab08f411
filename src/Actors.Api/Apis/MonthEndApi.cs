using Actors.Api.Http;
using Actors.Contracts.Institutions;
using Actors.Contracts.Managers;
using Actors.Contracts.Statistics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Actors.Api.Apis;

/// <summary>
/// The month-end statistics of an institution (issue 6, scope 5): frozen by the institution's own clock at 00:00 on the
/// 1st, read here as JSON or as a CSV sheet. Outside the caller's institutions: 404, as for an unknown institution.
/// </summary>
public static class MonthEndApi
{
    /// <summary>
    /// Our default: the statistics are for those who answer for a team's or an institution's results (team leads, heads,
    /// the management department) and for the risk officers; a client manager reads their own figures on the worklist.
    /// </summary>
    private static readonly StaffRole[] Readers = [StaffRole.TeamLead, StaffRole.InstitutionHead, StaffRole.ManagementDepartment, StaffRole.RiskOfficer];

    public static RouteGroupBuilder MapMonthEndApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/institutions/{id}").WithTags("Month end").InScopeOfInstitution("id");

        api.MapGet("/statistics", async (string id, string? month, HttpContext http, IGrainFactory grains) =>
            await Read(http, grains, id, month) is var (statistics, problem) && problem is not null ? problem : TypedResults.Ok(statistics))
            .Produces<MonthStatistics>()
            .WithSummary("A closed month's statistics (month = YYYY-MM): KPIs in all, per sub-branch against the targets, per manager; terminals. 404 while the month is open.");

        api.MapGet("/statistics.csv", async (string id, string? month, HttpContext http, IGrainFactory grains) =>
            await Read(http, grains, id, month) is var (statistics, problem) && problem is not null
                ? problem
                : Csv.File(MonthStatisticsCsv.Write(statistics!), $"statistics-{id}-{month}.csv"))
            .WithSummary("The same statistics as a CSV sheet (UTF-8 with a byte-order mark, for Excel).");
        return api;
    }

    private static async Task<(MonthStatistics? Statistics, IResult? Problem)> Read(HttpContext http, IGrainFactory grains, string id, string? month)
    {
        if (http.Staff() is not { } staff)
        {
            return (null, StaffProblems.NotSignedIn());
        }
        if (!Readers.Any(staff.Has))
        {
            return (null, StaffProblems.Forbidden("the month-end statistics are read by team leads, institution heads, the management department and risk officers"));
        }
        if (!MonthParameter.TryParse(month, out _))
        {
            return (null, Problems.Field("month", "is required, as YYYY-MM"));
        }
        if (!await grains.GetGrain<IInstitutionGrain>(id).Exists())
        {
            return (null, StaffProblems.NotFound($"institution {id}"));
        }
        // Data registered before the statistics existed starts its clock on the first read (Start is idempotent).
        var book = grains.GetGrain<IMonthEndStatisticsGrain>(id);
        await book.Start();
        return await book.Get(month) is { } statistics
            ? (statistics, null)
            : (null, TypedResults.Problem($"{month} is not closed yet: a month's statistics are made at 00:00 on the 1st of the month after it",
                statusCode: StatusCodes.Status404NotFound, title: "Not closed yet"));
    }
}
