using Actors.Contracts;
using Actors.Contracts.Calendars;
using Actors.Domain;
using Actors.Domain.Calendar;
using Actors.Grains.Infrastructure;
using Actors.Storage;
using Microsoft.Extensions.Logging;

namespace Actors.Grains.Calendars;

/// <summary>
/// The bank's calendar book. An upload is checked, kept as a new version, taken by this silo, and then every entity
/// registered under the year (<see cref="CalendarDependency"/>) is told: each brings its own silo up to the new revision
/// and re-arms. Only those entities are visited, never the whole bank.
/// </summary>
public sealed partial class CalendarGrain(
    [PersistentState("calendars")] IPersistentState<CalendarsState> state,
    CalendarBook book,
    BankRules rules,
    IGridStore store,
    ILogger<CalendarGrain> logger) : Grain, ICalendarGrain
{
    /// <summary>Entities re-armed at once: each is a grain call and a state write, which the store commits together.</summary>
    private const int Page = 256;

    private CalendarsState S => state.State;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        // Shipped files seed the years the book has never had; what the bank uploaded is never overwritten by a build.
        var missing = book.Shipped.Where(f => S.Versions.All(v => v.Year != f.File.Year)).ToList();
        if (missing.Count > 0)
        {
            foreach (var shipped in missing)
            {
                S.Versions.Add(new(shipped.File.Year, 1, shipped.FileName, "shipped", rules.Now, true, shipped.File.ToJson()));
            }
            S.Revision++;
            await state.WriteStateAsync(cancellationToken);
        }
        book.Take(Book());
    }

    public async Task<Outcome<CalendarUploaded>> Upload(CalendarUpload upload)
    {
        CalendarFile file;
        try
        {
            file = HolidaySchedule.Read(upload.Json, upload.FileName);
        }
        catch (FormatException e)
        {
            return Refusal.Invalid("(file)", e.Message, $"不是有效的日历文件：{e.Message}");
        }
        if (file.Check().Refusal is { } refusal)
        {
            return refusal;
        }
        var json = file.ToJson();
        var latest = Latest(file.Year);
        if (latest?.Json == json)
        {
            return Outcome<CalendarUploaded>.Ok(new(View(latest), false, 0, 0));
        }
        var version = new CalendarVersionState(file.Year, (latest?.Version ?? 0) + 1, upload.FileName, upload.UploadedBy, rules.Now, false, json);
        S.Versions.Add(version);
        S.Revision++;
        await state.WriteStateAsync();
        book.Take(Book());
        var (checkedCount, moved) = await Rearm(file.Year, S.Revision);
        LogUploaded(logger, file.Year, version.Version, upload.UploadedBy, checkedCount, moved);
        return Outcome<CalendarUploaded>.Ok(new(View(version), true, checkedCount, moved));
    }

    public Task<CalendarBookView> GetBook() => Task.FromResult(Book());

    public Task<int> GetRevision() => Task.FromResult(S.Revision);

    public Task<IReadOnlyList<CalendarVersionView>> GetVersions() => Task.FromResult<IReadOnlyList<CalendarVersionView>>(
        [.. S.Versions.OrderBy(v => v.Year).ThenByDescending(v => v.Version).Select(View)]);

    public Task<CalendarVersionFile?> GetVersion(int year, int? version)
    {
        var found = version is { } n ? S.Versions.FirstOrDefault(v => v.Year == year && v.Version == n) : Latest(year);
        return Task.FromResult(found is null ? null : new CalendarVersionFile(View(found), found.Json));
    }

    /// <summary>Tells every entity that counted over <paramref name="year"/>, a page at a time; how many were told and how many clocks moved.</summary>
    private async Task<(int Checked, int Moved)> Rearm(int year, int revision)
    {
        var entities = await store.ReadMembersAsync(CalendarDependency.Group(year));
        var moved = 0;
        foreach (var page in entities.Chunk(Page))
        {
            var answers = await Task.WhenAll(page.Select(async entity =>
            {
                try
                {
                    return await GrainFactory.GetGrain<ICalendarDependent>(GrainId.Parse(entity)).CalendarChanged(revision);
                }
                catch (Exception ex)
                {
                    // Its own clock, or the silo's refresh, brings it to the new calendar later.
                    LogRearmFailed(logger, ex, entity, year);
                    return false;
                }
            }));
            moved += answers.Count(m => m);
        }
        return (entities.Count, moved);
    }

    private CalendarVersionState? Latest(int year) => S.Versions.Where(v => v.Year == year).MaxBy(v => v.Version);

    private CalendarBookView Book() =>
        new(S.Revision, [.. S.Versions.GroupBy(v => v.Year).Select(g => g.MaxBy(v => v.Version)!.Json)]);

    private static CalendarVersionView View(CalendarVersionState v) => new(v.Year, v.Version, v.FileName, v.UploadedBy, v.UploadedAt, v.Shipped);

    [LoggerMessage(Level = LogLevel.Information, Message = "Working calendar {Year} version {Version} uploaded by {StaffId}: {Checked} entities told, {Moved} clocks moved")]
    private static partial void LogUploaded(ILogger logger, int year, int version, string staffId, int @checked, int moved);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not re-arm {Entity} for the new calendar of {Year}; its own clock brings it to the new calendar")]
    private static partial void LogRearmFailed(ILogger logger, Exception ex, string entity, int year);
}
