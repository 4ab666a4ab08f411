using Actors.Contracts.Calendars;
using Actors.Domain.Calendar;

namespace Actors.Grains.Calendars;

/// <summary>
/// This silo's working calendar: the shipped files until the bank's book (<see cref="ICalendarGrain"/>) has been read,
/// then the book's latest version of every year. Replaced whole when the book's revision rises, so a grain reads one
/// consistent calendar.
/// </summary>
public sealed class CalendarBook
{
    private readonly object _gate = new();
    private volatile Edition _current;

    public CalendarBook(IReadOnlyList<ShippedCalendar> shipped)
    {
        Shipped = shipped;
        _current = new(0, new WorkingCalendar(shipped.Select(f => f.File.Check().Schedule!)));
    }

    /// <summary>The calendar files shipped with the build (they seed the book's years it has never had).</summary>
    public IReadOnlyList<ShippedCalendar> Shipped { get; }

    public WorkingCalendar Current => _current.Calendar;

    /// <summary>The book revision this silo's calendar is at (0: the shipped files, the book not read yet).</summary>
    public int Revision => _current.Revision;

    /// <summary>Loads every <c>&lt;year&gt;.json</c> of a directory, refusing a file whose year is not its name.</summary>
    public static CalendarBook LoadDirectory(string directory)
    {
        // The checks of ever first: a malformed file, or one named for another year, fails the start.
        _ = WorkingCalendar.LoadDirectory(directory);
        return new CalendarBook([.. Directory.GetFiles(directory, "*.json").Order(StringComparer.Ordinal)
            .Select(path => new ShippedCalendar(Path.GetFileName(path), HolidaySchedule.Read(File.ReadAllText(path), path)))]);
    }

    /// <summary>Takes the book when it is newer than what this silo has.</summary>
    public void Take(CalendarBookView book)
    {
        if (book.Revision <= Revision)
            return;
        var calendar = new WorkingCalendar(book.Files.Select(json => HolidaySchedule.Parse(json, "calendar book")));
        lock (_gate)
        {
            if (book.Revision > _current.Revision)
                _current = new(book.Revision, calendar);
        }
    }

    /// <summary>Reads the book when this silo is behind <paramref name="revision"/> (a re-arm says which revision it is for).</summary>
    public async Task EnsureAtLeast(int revision, IGrainFactory grains)
    {
        if (Revision < revision)
            Take(await grains.GetGrain<ICalendarGrain>(ICalendarGrain.Key).GetBook());
    }
}

/// <summary>The calendar at one revision of the book.</summary>
internal sealed record Edition(int Revision, WorkingCalendar Calendar);

/// <summary>A calendar file shipped with the build: its name and its fields.</summary>
public sealed record ShippedCalendar(string FileName, CalendarFile File);
