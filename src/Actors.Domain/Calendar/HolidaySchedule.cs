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
        var (schedule, refusal) = Read(json, source).Check();
        return schedule ?? throw new FormatException($"{source}: field '{refusal!.Field}' {refusal.Detail.En}");
    }

    /// <summary>The file's fields, checked for shape only (<see cref="CalendarFile.Check"/> holds the rules).</summary>
    public static CalendarFile Read(string json, string source)
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
            var origin = root.TryGetProperty("source", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString() : null;

            var holidays = new List<CalendarHoliday>();
            var i = 0;
            foreach (var holiday in Required(root, "holidays", JsonValueKind.Array, source).EnumerateArray())
            {
                var field = $"holidays[{i++}]";
                if (holiday.ValueKind != JsonValueKind.Object)
                    throw Bad(source, field, "must be an object with name, from and to");
                var name = Required(holiday, "name", JsonValueKind.String, source, field).GetString()!;
                holidays.Add(new CalendarHoliday(name, DateField(holiday, "from", source, field), DateField(holiday, "to", source, field)));
            }

            var makeUp = new List<DateOnly>();
            i = 0;
            foreach (var element in Required(root, "makeUpWorkingDays", JsonValueKind.Array, source).EnumerateArray())
                makeUp.Add(ParseDate(element, source, $"makeUpWorkingDays[{i++}]"));

            return new CalendarFile(year, origin, holidays, makeUp);
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

    private static DateOnly DateField(JsonElement parent, string name, string source, string parentField) =>
        ParseDate(Required(parent, name, JsonValueKind.String, source, parentField), source, $"{parentField}.{name}");

    private static DateOnly ParseDate(JsonElement element, string source, string field)
    {
        if (element.ValueKind != JsonValueKind.String
            || !DateOnly.TryParseExact(element.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            throw Bad(source, field, $"must be a date as \"yyyy-MM-dd\", not {element.GetRawText()}");
        return day;
    }

    private static FormatException Bad(string source, string field, string problem) =>
        new($"{source}: field '{field}' {problem}");
}
