using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Serialization;
using Actors.Domain;

namespace Actors.Api.Json;

/// <summary>Enums as their names: written in PascalCase, read in any letter case; numbers and undefined names are refused.</summary>
public sealed class EnumNamesConverterFactory : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) => typeToConvert.IsEnum;

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(EnumNamesConverter<>).MakeGenericType(typeToConvert))!;
}

public sealed class EnumNamesConverter<T> : JsonConverter<T> where T : struct, Enum
{
    private static readonly FrozenDictionary<string, T> ByName =
        Enum.GetValues<T>().ToFrozenDictionary(v => v.ToString(), v => v, StringComparer.OrdinalIgnoreCase);

    private static readonly Words OneOf = new(
        $"must be one of: {string.Join(", ", Enum.GetNames<T>())}", $"必须是以下之一：{string.Join("、", Enum.GetNames<T>())}");

    public static bool TryRead(string name, out T value) => ByName.TryGetValue(name, out value);

    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String && ByName.TryGetValue(reader.GetString()!, out var value) ? value : throw new JsonRefusal(OneOf);

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());

    public override T ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ByName.TryGetValue(reader.GetString()!, out var value) ? value : throw new JsonRefusal(OneOf);

    public override void WriteAsPropertyName(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WritePropertyName(value.ToString());
}

/// <summary>The same names-only reading for a form field or a query value.</summary>
public static class EnumNames
{
    public static bool TryParse<T>(string? text, out T value) where T : struct, Enum
    {
        value = default;
        return text is not null && EnumNamesConverter<T>.TryRead(text, out value);
    }
}
