using Actors.Api.Http;
using Actors.Contracts.Institutions;
using Actors.Contracts.Managers;
using Actors.Contracts.Statistics;
using Actors.Domain;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Actors.Api.Apis;

/// <summary>
/// The month-end statistics of an institution (issue 6, scope 5): frozen by the institution's own clock at 00:00 on the
/// 1st, read here as JSON or as a CSV sheet. Outside the caller's institutions: 404, as for an unknown institution.
/// </summary>
public static class MonthEndApi
{
    public static RouteGroupBuilder MapMonthEndApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/institutions/{id}").WithTags("Month end").InScopeOfInstitution("id");
        api.MapGet("/statistics", GetStatistics).WithName("GetMonthStatistics")
            .WithSummary("A closed month's statistics")
            .WithDescription("KPIs in all, per sub-branch against the targets and per client manager, and the terminals, as frozen at 00:00 on the 1st "
                + "of the month after. 404 while the month is open. For team leads, institution heads, the management department and risk officers.");
        api.MapGet("/statistics.csv", GetStatisticsCsv).WithName("GetMonthStatisticsCsv")
            .WithSummary("A closed month's statistics as CSV")
            .WithDescription("The same statistics as one sheet (UTF-8 with a byte-order mark, for Excel).");
        return api;
    }

    public static async Task<Results<Ok<MonthStatistics>, Refused>> GetStatistics([AsParameters] GridServices services, [AsParameters] MonthQuery query) =>
        await Read(services, query) is var (statistics, refused) && refused is not null ? refused : TypedResults.Ok(statistics!);

    public static async Task<Results<CsvFile, Refused>> GetStatisticsCsv([AsParameters] GridServices services, [AsParameters] MonthQuery query) =>
        await Read(services, query) is var (statistics, refused) && refused is not null
            ? refused
            : Csv.File(MonthStatisticsCsv.Write(statistics!), $"statistics-{query.Id}-{query.Month}.csv");

    private static async Task<(MonthStatistics? Statistics, Refused? Refused)> Read(GridServices services, MonthQuery query)
    {
        if (!await services.Grain<IInstitutionGrain>(query.Id).Exists())
        {
            return (null, StaffProblems.NotFound(Thing.Institution, query.Id));
        }
        // A read never starts the statistics' clock: the institution's books are opened when it registers, and at each silo start.
        return await services.Grain<IMonthEndStatisticsGrain>(query.Id).Get(query.Month!) is { } statistics
            ? (statistics, null)
            : (null, new Refused(Refusal.NotFound($"{query.Month} is not closed yet: a month's statistics are made at 00:00 on the 1st of the month after it",
                $"{query.Month} 尚未结账：每月统计在次月 1 日 00:00 生成")));
    }
}
