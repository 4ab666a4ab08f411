using Orleans.Concurrency;

namespace Actors.Contracts.Calendars;

/// <summary>
/// The bank's working-day calendars (one grain, key <see cref="Key"/>): every year's versions, kept in the grid's store so
/// that every silo of a cluster reads the same. The shipped files seed it when it is empty.
/// </summary>
public interface ICalendarGrain : IGrainWithStringKey
{
    public const string Key = "bank";

    /// <summary>
    /// A year's calendar, as the file's JSON (checked again here): a new version when it differs from the year's latest,
    /// every silo told, and every entity whose next clock was counted over that year re-armed before the answer.
    /// </summary>
    Task<Outcome<CalendarUploaded>> Upload(CalendarUpload upload);

    /// <summary>The latest version of every year, for a silo's rules (answered during an upload's re-arming, which asks it).</summary>
    [AlwaysInterleave]
    Task<CalendarBookView> GetBook();

    /// <summary>The book's revision: a silo re-reads the book when it is higher than its own.</summary>
    [AlwaysInterleave]
    Task<int> GetRevision();

    /// <summary>Every version of every year, newest first within a year (the files themselves: <see cref="GetVersion"/>).</summary>
    Task<IReadOnlyList<CalendarVersionView>> GetVersions();

    /// <summary>One version of a year with its file; version null: the latest.</summary>
    Task<CalendarVersionFile?> GetVersion(int year, int? version);
}

/// <summary>An entity whose next clock was counted on a working calendar (a loan's reminder, a work-order book's report day).</summary>
public interface ICalendarDependent : IGrainWithStringKey
{
    /// <summary>
    /// A year it counted over has a new calendar (book <paramref name="revision"/>): evaluate again, re-arm; true when the
    /// clock's instant moved.
    /// </summary>
    Task<bool> CalendarChanged(int revision);
}

[GenerateSerializer, Immutable, Alias("bg.CalendarUpload")]
public sealed record CalendarUpload(string Json, string FileName, string UploadedBy);

/// <summary>The version an upload made (or the year's latest, when the file was the same) and the clocks it moved.</summary>
[GenerateSerializer, Immutable, Alias("bg.CalendarUploaded")]
public sealed record CalendarUploaded(CalendarVersionView Version, bool Changed, int ClocksChecked, int ClocksMoved);

[GenerateSerializer, Immutable, Alias("bg.CalendarVersionView")]
public sealed record CalendarVersionView(int Year, int Version, string FileName, string UploadedBy, DateTimeOffset UploadedAt, bool Shipped);

[GenerateSerializer, Immutable, Alias("bg.CalendarVersionFile")]
public sealed record CalendarVersionFile(CalendarVersionView Version, string Json);

[GenerateSerializer, Immutable, Alias("bg.CalendarBookView")]
public sealed record CalendarBookView(int Revision, IReadOnlyList<string> Files);
