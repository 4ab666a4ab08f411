namespace Actors.Grains.Calendars;

/// <summary>The bank's calendar book: every version of every year, and a revision that rises with each change.</summary>
[GenerateSerializer, Alias("bg.CalendarsState.v1")]
public sealed class CalendarsState
{
    [Id(0)] public int Revision { get; set; }
    [Id(1)] public List<CalendarVersionState> Versions { get; set; } = [];
}

/// <summary>One version of a year's file: who gave it, when, under which file name, and the file as JSON.</summary>
[GenerateSerializer, Immutable, Alias("bg.CalendarVersionState.v1")]
public sealed record CalendarVersionState(int Year, int Version, string FileName, string UploadedBy, DateTimeOffset UploadedAt, bool Shipped, string Json);
