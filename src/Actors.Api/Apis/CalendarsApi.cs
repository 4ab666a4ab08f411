using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Actors.Api.Http;
using Actors.Api.Rules;
using Actors.Contracts.Calendars;
using Actors.Domain;
using Actors.Domain.Audit;
using Actors.Domain.Calendar;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Actors.Api.Apis;

/// <summary>
/// The bank's working-day calendars: a year's public holidays and make-up working days, uploaded by the management
/// department in the shipped files' shape, kept in versions, read by everyone signed in. docs/calendars.md.
/// </summary>
public static class CalendarsApi
{
    public static RouteGroupBuilder MapCalendarsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/calendars").WithTags("Working calendars");
        api.MapPost("/", UploadCalendar).WithName("UploadCalendar")
            .WithSummary("Upload a year's working-day calendar")
            .WithDescription("The management department gives a year's public holidays and make-up working days (调休), in the shape of the shipped "
                + "calendars/<year>.json. A file that differs from the year's latest becomes its next version; every silo takes it, and every loan "
                + "reminder and work-order report day counted over that year is re-armed before the answer, which says how many clocks moved.");
        api.MapGet("/", ListCalendarVersions).WithName("ListCalendarVersions")
            .WithSummary("Every version of every year's calendar")
            .WithDescription("Who gave each version, when and under which file name; shipped files are version 1 of their year.");
        api.MapGet("/{year:int}", GetCalendar).WithName("GetCalendar")
            .WithSummary("A year's calendar: its latest version")
            .WithDescription("The file as uploaded (holidays and make-up working days) with its version.");
        api.MapGet("/{year:int}/versions/{version:int}", GetCalendarVersion).WithName("GetCalendarVersion")
            .WithSummary("An earlier version of a year's calendar")
            .WithDescription("Every version stays readable.");
        return api;
    }

    public static async Task<Results<Created<CalendarUploaded>, Refused>> UploadCalendar(
        [AsParameters] GridServices services, [AsParameters] UploadCalendarQuery query, UploadCalendarRequest request)
    {
        var file = new CalendarFile(request.Year!.Value, request.Source,
            [.. request.Holidays!.Select(h => new CalendarHoliday(h.Name!, h.From!.Value, h.To!.Value))], request.MakeUpWorkingDays!);
        if (file.Check().Refusal is { } refusal)
        {
            return new Refused(refusal);
        }
        var fileName = query.FileName ?? $"{file.Year.ToString(CultureInfo.InvariantCulture)}.json";
        var outcome = await services.Grains.GetGrain<ICalendarGrain>(ICalendarGrain.Key).Upload(new(file.ToJson(), fileName, services.Caller.StaffId));
        if (outcome.Value is { } uploaded)
        {
            await services.Http.AuditAsync(AuditActions.CalendarUploaded, $"calendar/{file.Year.ToString(CultureInfo.InvariantCulture)}",
                $"version {uploaded.Version.Version.ToString(CultureInfo.InvariantCulture)} from {fileName}");
        }
        return outcome.ToCreated(u => Locations.Of("calendars", u.Version.Year.ToString(CultureInfo.InvariantCulture)));
    }

    public static async Task<Ok<IReadOnlyList<CalendarVersionView>>> ListCalendarVersions([AsParameters] GridServices services) =>
        TypedResults.Ok(await services.Grains.GetGrain<ICalendarGrain>(ICalendarGrain.Key).GetVersions());

    public static Task<Results<Ok<CalendarYear>, Refused>> GetCalendar([AsParameters] GridServices services, [Description("The year.")] int year) =>
        Read(services, year, null);

    public static Task<Results<Ok<CalendarYear>, Refused>> GetCalendarVersion(
        [AsParameters] GridServices services, [Description("The year.")] int year, [Description("The version, from 1.")] int version) =>
        Read(services, year, version);

    private static async Task<Results<Ok<CalendarYear>, Refused>> Read(GridServices services, int year, int? version)
    {
        var found = await services.Grains.GetGrain<ICalendarGrain>(ICalendarGrain.Key).GetVersion(year, version);
        return found is null
            ? new Refused(Refusal.NotFound($"no calendar of {year}{(version is { } n ? $" version {n}" : "")}", $"没有 {year} 年{(version is { } m ? $"第 {m} 版" : "")}的工作日历"))
            : TypedResults.Ok(new CalendarYear(found.Version, HolidaySchedule.Read(found.Json, $"calendar {year}")));
    }
}

/// <summary>A year's calendar in the shipped files' shape (docs/calendars.md).</summary>
public sealed record UploadCalendarRequest(
    [property: Required, Between(CalendarFile.EarliestYear, CalendarFile.LatestYear)] int? Year,
    [property: Text(500), Description("Where the schedule comes from (the State Council notice), for people.")] string? Source,
    [property: Required, Items(0, 60), Description("Public holidays: every day from 'from' to 'to' (inclusive) is off, weekends included.")]
    List<CalendarHolidayRequest>? Holidays,
    [property: Required, Items(0, 60), Description("Saturdays or Sundays that are worked (调休).")] List<DateOnly>? MakeUpWorkingDays);

public sealed record CalendarHolidayRequest(
    [property: Required, Text(100)] string? Name,
    [property: Required] DateOnly? From,
    [property: Required] DateOnly? To);

public sealed record UploadCalendarQuery([property: Text(200), Description("The uploaded file's name, kept with the version; default <year>.json.")] string? FileName);

/// <summary>A version of a year's calendar and the file itself.</summary>
public sealed record CalendarYear(CalendarVersionView Version, CalendarFile File);
