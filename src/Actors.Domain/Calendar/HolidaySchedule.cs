using System.Globalization;
using System.Text.Json;

namespace Actors.Domain.Calendar;

/// <summary>One year's official schedule: the public holidays and the make-up working days (调休).</summary>
public sealed record HolidaySchedule(int Year, IReadOnlySet<DateOnly> DaysOff, IReadOnlySet<DateOnly> MakeUpWorkingDays)
{
    /// <summary>Parses a calendar data file (format documented in Calendar/Data/README.md).</summary>
    public static HolidaySchedule Parse(string json) => Parse(json, "calendar data");

    /// <summary>As <see cref="Parse(string)"/>; <paramref name="source"/> (usually the file path) names the data in errors.</summary>
    public static HolidaySchedule Parse(string json, string source)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            throw new FormatException($"{source}: not valid JSON ({e.Message})", e);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                throw Bad(source, "(root)", "must be a JSON object");

            var yearElement = Required(root, "year", JsonValueKind.Number, source);
            if (!yearElement.TryGetInt32(out var year) || year is < 1 or > 9999)
                throw Bad(source, "year", $"must be a whole year, not {yearElement.GetRawText()}");

            var daysOff = new HashSet<DateOnly>();
            var holidays = Required(root, "holidays", JsonValueKind.Array, source);
            var i = 0;
            foreach (var holiday in holidays.EnumerateArray())
            {
                var field = $"holidays[{i++}]";
                if (holiday.ValueKind != JsonValueKind.Object)
                    throw Bad(source, field, "must be an object with name, from and to");
                Required(holiday, "name", JsonValueKind.String, source, field);
                var from = DateField(holiday, "from", year, source, field);
                var to = DateField(holiday, "to", year, source, field);
                if (to < from)
                    throw Bad(source, $"{field}.to", $"{to:yyyy-MM-dd} is before from {from:yyyy-MM-dd}");
                for (var day = from; day <= to; day = day.AddDays(1))
                    daysOff.Add(day);
            }

            var makeUp = new HashSet<DateOnly>();
            var makeUpDays = Required(root, "makeUpWorkingDays", JsonValueKind.Array, source);
            i = 0;
            foreach (var element in makeUpDays.EnumerateArray())
            {
                var field = $"makeUpWorkingDays[{i++}]";
                var day = ParseDate(element, year, source, field);
                // A make-up day on a weekday would change nothing: it is a typo in the data.
                if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
                    throw Bad(source, field, $"{day:yyyy-MM-dd} is a {day.DayOfWeek}; make-up working days are Saturdays or Sundays");
                if (daysOff.Contains(day))
                    throw Bad(source, field, $"{day:yyyy-MM-dd} is also listed as a holiday");
                makeUp.Add(day);
            }

            return new HolidaySchedule(year, daysOff, makeUp);
        }
    }

    /// <summary>Reads and parses one calendar file; errors name the file.</summary>
    public static HolidaySchedule Load(string path) => Parse(File.ReadAllText(path), path);

    private static JsonElement Required(JsonElement parent, string name, JsonValueKind kind, string source, string? parentField = null)
    {
        var field = parentField is null ? name : $"{parentField}.{name}";
        if (!parent.TryGetProperty(name, out var value))
            throw Bad(source, field, "is missing");
        if (value.ValueKind != kind)
            throw Bad(source, field, $"must be a {kind.ToString().ToLowerInvariant()}, not {value.ValueKind.ToString().ToLowerInvariant()}");
        return value;
    }

    private static DateOnly DateField(JsonElement parent, string name, int year, string source, string parentField) =>
        ParseDate(Required(parent, name, JsonValueKind.String, source, parentField), year, source, $"{parentField}.{name}");

    private static DateOnly ParseDate(JsonElement element, int year, string source, string field)
    {
        if (element.ValueKind != JsonValueKind.String
            || !DateOnly.TryParseExact(element.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            throw Bad(source, field, $"must be a date as \"yyyy-MM-dd\", not {element.GetRawText()}");
        // Neighbouring years are allowed: a New Year holiday may start on 31 December.
        if (Math.Abs(day.Year - year) > 1)
            throw Bad(source, field, $"{day:yyyy-MM-dd} is far from the file's year {year}");
        return day;
    }

    private static FormatException Bad(string source, string field, string problem) =>
        new($"{source}: field '{field}' {problem}");
}
