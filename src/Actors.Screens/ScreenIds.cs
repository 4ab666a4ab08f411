using Microsoft.AspNetCore.SignalR;

namespace Actors.Screens;

/// <summary>Checks the ids a browser sends before they become group names, stream keys and grain keys.</summary>
public static class ScreenIds
{
    /// <summary>Ids elsewhere in the grid are short codes; a longer one is a client bug, not a branch.</summary>
    public const int MaxLength = 64;

    /// <summary>A valid id, unchanged; otherwise a <see cref="HubException"/> whose message the browser sees.</summary>
    public static string Require(string? id, string name)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            throw new HubException($"{name} is required.");
        }
        if (id.Length > MaxLength)
        {
            throw new HubException($"{name} must be at most {MaxLength} characters (got {id.Length}).");
        }
        if (id.Any(char.IsControl))
        {
            throw new HubException($"{name} must not contain control characters.");
        }
        return id;
    }
}
