using System.Text.Json;
using System.Text.Json.Serialization;

namespace Actors.Api.Json;

/// <summary>
/// The one JSON configuration of the grid: the HTTP API, the screens' hub and the tests all use it.
/// <list type="bullet">
/// <item>Properties in camelCase (read in any case); unknown properties are ignored (older clients send some).</item>
/// <item>Enums as their names in PascalCase (<c>PosSale</c>, <c>M1</c>, <c>Applied</c>); read in any letter case, never
/// as numbers, never a name the enum does not define.</item>
/// <item>Numbers only as JSON numbers (<c>"100"</c> is refused); money written with its two decimals (<c>50000.00</c>).</item>
/// <item>Instants only with their offset (<c>2026-05-01T09:30:00+08:00</c> or <c>…Z</c>): a time without one would be read in
/// the server's zone, not the business zone. Dates as <c>YYYY-MM-DD</c>. Both within the years
/// <see cref="WireDates.FirstYear"/>–<see cref="WireDates.LastYear"/>; each field may be narrower (see its schema).</item>
/// </list>
/// </summary>
public static class GridJson
{
    /// <summary>A ready, shared instance (tests, the CSV-free reads that serialize by hand).</summary>
    public static JsonSerializerOptions Options { get; } = MakeReadOnly(Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web)));

    /// <summary>Applies the grid's conventions to options the framework made (HTTP JSON options, SignalR's payload options).</summary>
    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.DictionaryKeyPolicy = null;
        options.PropertyNameCaseInsensitive = true;
        // Web defaults read "100" as a number: the grid takes numbers only as numbers.
        options.NumberHandling = JsonNumberHandling.Strict;
        options.Converters.Insert(0, new EnumNamesConverterFactory());
        options.Converters.Insert(0, new InstantConverter());
        options.Converters.Insert(0, new DateConverter());
        options.Converters.Insert(0, new DecimalConverter());
        return options;
    }

    private static JsonSerializerOptions MakeReadOnly(JsonSerializerOptions options)
    {
        options.TypeInfoResolver ??= new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver();
        options.MakeReadOnly();
        return options;
    }
}
