using System.Text.Json;
using Actors.Domain;

namespace Actors.Api.Json;

/// <summary>
/// A value the grid's converters refuse, with words for the person who sent it; the serializer adds the JSON path, which
/// becomes the field of the 400.
/// </summary>
public sealed class JsonRefusal(Words words) : JsonException(words.En)
{
    public Words Words { get; } = words;
}
