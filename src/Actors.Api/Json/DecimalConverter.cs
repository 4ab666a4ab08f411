using System.Text.Json;
using System.Text.Json.Serialization;
using Actors.Domain;

namespace Actors.Api.Json;

/// <summary>
/// Decimals are the grid's money and rates: read only from JSON numbers; written with at least two decimals, so an amount
/// reads 50000.00 whatever scale the store kept (50000.0), while a rate keeps its own places (0.0435).
/// </summary>
public sealed class DecimalConverter : JsonConverter<decimal>
{
    private static readonly Words Refused = new("must be a number", "必须是数字");

    public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.Number && reader.TryGetDecimal(out var value) ? value : throw new JsonRefusal(Refused);

    // Adding 0.00m sets the scale to at least 2 without changing the value.
    public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options) => writer.WriteNumberValue(value + 0.00m);
}
