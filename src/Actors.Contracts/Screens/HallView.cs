namespace Actors.Contracts.Screens;

/// <summary>One call as the customers' hall sees it: a number to a desk (in both of its names), at an instant. Nothing else.</summary>
/// <param name="Calling">Still called (the customer is on the way), rather than already at the desk.</param>
[GenerateSerializer, Immutable, Alias("bg.HallCall")]
public sealed record HallCall(string TicketId, string Number, string DeskId, string DeskName, string? DeskNameZh, DateTimeOffset CalledAt, bool Calling);

/// <summary>
/// The calling display's view of a lobby (叫号屏): the tickets at a desk, newest call first. No name, client id, amount or
/// premium mark: a display in the customers' hall (a registered device) is sent this, never the lobby itself.
/// </summary>
[GenerateSerializer, Immutable, Alias("bg.HallView")]
public sealed record HallView(string BranchId, DateTimeOffset At, IReadOnlyList<HallCall> Calls)
{
    public static HallView Of(LobbyView lobby)
    {
        var desks = lobby.Desks.ToDictionary(d => d.DeskId, StringComparer.Ordinal);
        var calls = lobby.Tickets
            .Where(t => t.Status is TicketStatus.Called or TicketStatus.Serving && t.CalledAt is not null && t.DeskId is not null)
            .Select(t => desks.TryGetValue(t.DeskId!, out var desk)
                ? new HallCall(t.TicketId, t.Number, desk.DeskId, desk.Name, desk.NameZh, t.CalledAt!.Value, t.Status == TicketStatus.Called)
                : new HallCall(t.TicketId, t.Number, t.DeskId!, t.DeskId!, null, t.CalledAt!.Value, t.Status == TicketStatus.Called))
            .OrderByDescending(c => c.CalledAt)
            .ToList();
        return new HallView(lobby.BranchId, lobby.At, calls);
    }
}

/// <summary>A nudge, not data: a lobby changed; a calling display joined to it reads its hall view again.</summary>
[GenerateSerializer, Immutable, Alias("bg.HallChanged")]
public sealed record HallChanged(string BranchId, DateTimeOffset At);
