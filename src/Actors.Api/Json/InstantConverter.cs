using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using Actors.Domain;

namespace Actors.Api.Json;

/// <summary>
/// Instants only with their offset: "2026-05-01T18:00" or "2026-05-01" alone would be read in the server's zone (UTC),
/// eight hours from the business zone around the 18:00 cut-off.
/// </summary>
public sealed partial class InstantConverter : JsonConverter<DateTimeOffset>
{
    private static readonly Words Refused = new(
        "must be an instant with its offset, e.g. 2026-05-01T09:30:00+08:00",
        "必须是带时区偏移的时间，例如 2026-05-01T09:30:00+08:00");

    private static readonly Words OutOfRange = new(
        $"must be within the years {WireDates.FirstYear}–{WireDates.LastYear}", $"年份必须在 {WireDates.FirstYear}–{WireDates.LastYear} 之间");

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex WithOffset();

    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String || reader.GetString() is not { } text || !WithOffset().IsMatch(text)
            || !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant))
        {
            throw new JsonRefusal(Refused);
        }
        return WireDates.Holds(instant.Year) ? instant : throw new JsonRefusal(OutOfRange);
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}

/// <summary>Dates as YYYY-MM-DD, within the wire's years.</summary>
public sealed class DateConverter : JsonConverter<DateOnly>
{
    private static readonly Words Refused = new("must be a date as YYYY-MM-DD", "必须是 YYYY-MM-DD 格式的日期");

    private static readonly Words OutOfRange = new(
        $"must be within the years {WireDates.FirstYear}–{WireDates.LastYear}", $"年份必须在 {WireDates.FirstYear}–{WireDates.LastYear} 之间");

    public override DateOnly Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String
            || !DateOnly.TryParseExact(reader.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            throw new JsonRefusal(Refused);
        }
        return WireDates.Holds(date.Year) ? date : throw new JsonRefusal(OutOfRange);
    }

    public override void Write(Utf8JsonWriter writer, DateOnly value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
}
