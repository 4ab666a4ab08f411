using System.Globalization;
using System.Text.Json.Nodes;

namespace Actors.Api.Tests.Contract.Fuzz;

/// <summary>
/// Values a schema refuses, read from the schema itself: the wrong JSON type, an enum name it does not define or a number,
/// numbers out of range, instants without their offset or out of their years, ids outside the alphabet, text too long.
/// </summary>
public static class BadValues
{
    public const int Oversize = 200_000;

    /// <summary>Labelled values that <paramref name="schema"/> (resolved) refuses; <paramref name="required"/>: null is refused too.</summary>
    public static IEnumerable<(string Label, JsonNode? Value)> For(JsonObject schema, bool required)
    {
        if (required)
        {
            yield return ("null", null);
        }
        if (schema["enum"] is JsonArray names)
        {
            yield return ("an undefined name", JsonValue.Create("NoSuchName"));
            yield return ("a number for a name", JsonValue.Create(7));
            yield return ("two names joined", JsonValue.Create(string.Join(", ", names.Take(2).Select(n => (string)n!))));
            yield break;
        }
        switch (TypeOf(schema))
        {
            case "string":
                foreach (var bad in Strings(schema))
                {
                    yield return bad;
                }
                break;
            case "integer":
            case "number":
                foreach (var bad in Numbers(schema))
                {
                    yield return bad;
                }
                break;
            case "boolean":
                yield return ("a string for a boolean", JsonValue.Create("yes"));
                yield return ("a number for a boolean", JsonValue.Create(1));
                break;
            case "array":
                yield return ("an object for a list", new JsonObject { ["a"] = 1 });
                yield return ("a string for a list", JsonValue.Create("x"));
                if (schema["maxItems"] is JsonValue max)
                {
                    yield return ("one item too many", new JsonArray([.. Enumerable.Range(0, (int)max + 1).Select(_ => (JsonNode?)JsonValue.Create("x"))]));
                }
                break;
            case "object":
                yield return ("a list for an object", new JsonArray(1, 2));
                yield return ("a string for an object", JsonValue.Create("x"));
                break;
        }
    }

    /// <summary>Texts a query parameter of this schema refuses (a query has no JSON types: "100" is a number there).</summary>
    public static IEnumerable<(string Label, string Value)> ForQuery(JsonObject schema)
    {
        if (schema["enum"] is not null)
        {
            yield return ("an undefined name", "NoSuchName");
            yield return ("a number for a name", "7");
            yield break;
        }
        switch (TypeOf(schema))
        {
            case "integer":
            case "number":
                yield return ("text for a number", "abc");
                yield return ("1e30", "1e30");
                yield return ("a fraction for a whole number", "1.5");
                if (Number(schema["minimum"]) is { } minimum)
                {
                    yield return ("below the minimum", (minimum - 1).ToString(CultureInfo.InvariantCulture));
                }
                if (Number(schema["maximum"]) is { } maximum)
                {
                    yield return ("above the maximum", (maximum + 1).ToString(CultureInfo.InvariantCulture));
                }
                break;
            case "boolean":
                yield return ("neither true nor false", "maybe");
                break;
            default:
                foreach (var (label, value) in Strings(schema).Where(s => s.Item2 is JsonValue v && v.TryGetValue<string>(out _)))
                {
                    yield return (label, (string)value!);
                }
                if ((string?)schema["pattern"] is { } pattern && pattern.Contains("(0[1-9]|1[0-2])", StringComparison.Ordinal))
                {
                    yield return ("month 13", "2026-13");
                    yield return ("year 9999", "9999-01");
                }
                break;
        }
    }

    private static IEnumerable<(string, JsonNode?)> Strings(JsonObject schema)
    {
        yield return ("a number for a string", JsonValue.Create(12345));
        yield return ("an object for a string", new JsonObject());
        switch ((string?)schema["format"])
        {
            case "date-time":
                yield return ("an instant without its offset", JsonValue.Create("2026-05-01T17:59:00"));
                yield return ("a date for an instant", JsonValue.Create("2026-05-01"));
                yield return ("year 0001", JsonValue.Create("0001-01-01T00:00:00+08:00"));
                yield return ("year 9999", JsonValue.Create("9999-12-31T23:59:59+08:00"));
                yield return ("30 February", JsonValue.Create("2026-02-30T10:00:00+08:00"));
                yield break;
            case "date":
                yield return ("30 February", JsonValue.Create("2026-02-30"));
                yield return ("year 9999", JsonValue.Create("9999-12-31"));
                yield return ("year 0001", JsonValue.Create("0001-01-01"));
                yield return ("a date not as YYYY-MM-DD", JsonValue.Create("1/5/2026"));
                yield break;
        }
        if (schema["pattern"] is not null)
        {
            foreach (var (label, id) in OddIds)
            {
                yield return (label, JsonValue.Create(id));
            }
        }
        if (schema["maxLength"] is JsonValue maxLength)
        {
            yield return ("one character too many", JsonValue.Create(new string('x', (int)maxLength + 1)));
        }
        yield return ("oversize", JsonValue.Create(new string('x', Oversize)));
    }

    private static IEnumerable<(string, JsonNode?)> Numbers(JsonObject schema)
    {
        yield return ("a string for a number", JsonValue.Create("100"));
        yield return ("a boolean for a number", JsonValue.Create(true));
        yield return ("1e30", JsonNode.Parse("1e30"));
        if (TypeOf(schema) == "integer")
        {
            yield return ("a fraction for a whole number", JsonValue.Create(1.5m));
        }
        if (Number(schema["minimum"]) is { } minimum)
        {
            yield return ("below the minimum", JsonValue.Create(minimum - 1));
        }
        if (Number(schema["maximum"]) is { } maximum)
        {
            yield return ("above the maximum", JsonValue.Create(maximum + 1));
        }
        if (Number(schema["exclusiveMinimum"]) is { } floor)
        {
            yield return ("at the exclusive minimum", JsonValue.Create(floor));
            yield return ("negative", JsonValue.Create(floor - 1));
        }
        if (schema["multipleOf"] is not null)
        {
            yield return ("a tenth of a fen", JsonValue.Create(0.001m));
        }
    }

    /// <summary>Ids outside the alphabet (letters and digits of any script, '-', '_', '.', at most 64).</summary>
    public static readonly (string Label, string Id)[] OddIds =
    [
        ("an id with '/'", "a/b/../c"),
        ("an id with NUL", "nul\u0000id"),
        ("an id with a right-to-left override", "rlo\u202Egnp.exe"),
        ("an id with a zero-width space", "zero\u200Bwidth"),
        ("an id with a space", "with space"),
        ("an id of dots", ".."),
        ("an empty id", ""),
        ("an id of 65 characters", new string('x', 65)),
    ];

    public static string TypeOf(JsonObject schema) => schema["type"] switch
    {
        JsonValue single => (string)single!,
        JsonArray types => types.Select(t => (string)t!).FirstOrDefault(t => t != "null") ?? "null",
        _ => schema["enum"] is not null ? "string" : "object",
    };

    private static decimal? Number(JsonNode? node) => node switch
    {
        JsonValue value when value.TryGetValue<decimal>(out var d) => d,
        JsonValue value when value.TryGetValue<string>(out var s) && decimal.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => d,
        _ => null,
    };
}
