namespace Actors.Api.Json;

/// <summary>
/// The widest dates the wire carries. Beyond them arithmetic on a date (a due date a month on, a window of days) would leave
/// what .NET can hold, and a stored year-9999 date would fail every later read; each field's own bounds are narrower.
/// </summary>
public static class WireDates
{
    public const int FirstYear = 1900;
    public const int LastYear = 2199;

    public static bool Holds(int year) => year is >= FirstYear and <= LastYear;
}
