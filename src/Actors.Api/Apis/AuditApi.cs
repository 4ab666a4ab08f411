using System.ComponentModel;
using System.Globalization;
using System.Text;
using Actors.Api.Http;
using Actors.Api.Rules;
using Actors.Contracts.Institutions;
using Actors.Domain;
using Actors.Domain.Audit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Actors.Api.Apis;

/// <summary>
/// The security audit, for the management department: read a page at a time or exported as CSV. Read only: the API has
/// no route that changes or removes an entry. Each reader sees the entries of the institutions they cover (head office:
/// all, anonymous ones included).
/// </summary>
public static class AuditApi
{
    /// <summary>The most entries one CSV export carries (narrow the dates for more).</summary>
    public const int ExportLimit = 10_000;

    public static RouteGroupBuilder MapAuditApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Security audit");
        api.MapGet("/audit", GetAudit).WithName("GetAudit")
            .WithSummary("The security audit, newest first")
            .WithDescription("Sign-ins and their failures, throttling and delays, passwords set, sessions ended, staff, role and institution changes, "
                + "upstream-key refusals and every 403: who, what, when and from which address. One page at a time (before = the page's cursor).");
        api.MapGet("/audit.csv", GetAuditCsv).WithName("GetAuditCsv")
            .WithSummary("The security audit as CSV")
            .WithDescription($"The same entries as a CSV sheet (UTF-8 with a byte-order mark; at most {ExportLimit} rows, newest first).");
        return api;
    }

    public static async Task<Ok<AuditPage>> GetAudit([AsParameters] GridServices services, IAuditLog audit, [AsParameters] AuditQuery query)
    {
        var limit = query.Limit ?? 100;
        var records = await audit.ReadAsync(await FilterOf(services, query, limit));
        var language = UserLanguage.Of(services.Http);
        return TypedResults.Ok(new AuditPage([.. records.Select(r => View(r, language))], records.Count == limit ? records[^1].Sequence : null));
    }

    public static async Task<CsvFile> GetAuditCsv([AsParameters] GridServices services, IAuditLog audit, [AsParameters] AuditQuery query)
    {
        var records = await audit.ReadAsync(await FilterOf(services, query, ExportLimit));
        var language = UserLanguage.Of(services.Http);
        var csv = new StringBuilder(Csv.Line("sequence", "at", "action", "label", "actor", "actorInstitutionId", "address", "target", "institutionId", "detail"));
        foreach (var r in records)
        {
            var e = r.Entry;
            csv.Append(Csv.Line(r.Sequence, r.At, e.Action, AuditActions.Label(e.Action).In(language), e.Actor, e.ActorInstitutionId, e.Address, e.Target, e.InstitutionId, e.Detail));
        }
        return Csv.File(csv.ToString(), $"audit-{services.Clock.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.csv");
    }

    private static async Task<AuditFilter> FilterOf(GridServices services, AuditQuery query, int limit) => new(
        query.From is { } from ? services.Clock.StartOf(DateOnly.ParseExact(from, "yyyy-MM-dd", CultureInfo.InvariantCulture)) : null,
        query.To is { } to ? services.Clock.StartOf(DateOnly.ParseExact(to, "yyyy-MM-dd", CultureInfo.InvariantCulture).AddDays(1)) : null,
        query.Action, query.Actor, await ReadableInstitutions(services), query.Before, limit);

    /// <summary>Null (everything) for the bank's head office; else the institutions the reader covers.</summary>
    private static async Task<IReadOnlyCollection<string>?> ReadableInstitutions(GridServices services)
    {
        if (await services.CoversEverything())
        {
            return null;
        }
        var ids = await services.Grain<IInstitutionDirectoryGrain>(IInstitutionDirectoryGrain.Key).List();
        var covered = await Task.WhenAll(ids.Select(async id => await services.Covers(id) ? id : null));
        return [.. covered.OfType<string>()];
    }

    private static AuditEntryView View(AuditRecord r, string language) => new(r.Sequence, r.At, r.Entry.Action, AuditActions.Label(r.Entry.Action).In(language),
        r.Entry.Actor, r.Entry.ActorInstitutionId, r.Entry.Address, r.Entry.Target, r.Entry.InstitutionId, r.Entry.Detail);
}

/// <summary>Which entries of the audit to read.</summary>
public sealed record AuditQuery(
    [property: Day, Description("From this business date (YYYY-MM-DD, China Standard Time), inclusive.")] string? From,
    [property: Day, Description("Up to this business date, inclusive.")] string? To,
    [property: AuditAction, Description("An action code (\"sign-in.failed\") or its area (\"sign-in\").")] string? Action,
    [property: Text(200), Description("Only what this staff id (or login tried, or device) did.")] string? Actor,
    [property: Between(1, 9_007_199_254_740_991), Description("The cursor of the next page: entries older than this sequence number.")] long? Before,
    [property: Between(1, 500), Description("Entries per page; default 100.")] int? Limit);

/// <summary>One page of the audit, newest first; <see cref="Before"/> is the next page's cursor (null: no more).</summary>
public sealed record AuditPage(IReadOnlyList<AuditEntryView> Items, long? Before);

/// <summary>An audit entry as the screen shows it: <see cref="Label"/> names the action in the reader's language.</summary>
public sealed record AuditEntryView(
    long Sequence, DateTimeOffset At, string Action, string Label, string? Actor, string? ActorInstitutionId, string? Address, string? Target,
    string? InstitutionId, string? Detail);
