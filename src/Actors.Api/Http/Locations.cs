namespace Actors.Api.Http;

/// <summary>Location headers of created entities: each id escaped as one path segment (an id may be Chinese).</summary>
public static class Locations
{
    public static string Of(params string[] segments) => "/api/" + string.Join('/', segments.Select(Uri.EscapeDataString));
}
