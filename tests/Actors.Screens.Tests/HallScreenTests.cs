using System.Net.Http.Json;
using Actors.Contracts.Screens;
using Actors.Screens.Tests.Support;

namespace Actors.Screens.Tests;

/// <summary>
/// The calling display's side of the hub: it joins a branch's hall, gets the numbers called and their desks and nothing
/// about any customer, and is nudged (no data) when the lobby changes.
/// </summary>
[Collection(ScreenCollection.Name)]
public sealed class HallScreenTests(ScreenServerFixture server)
{
    [Fact]
    public async Task The_hall_view_names_the_ticket_called_and_its_desk_and_no_customer_and_a_call_arrives_as_a_nudge_without_data()
    {
        var branch = await Branches.RegisterAsync(server.Http);
        (await server.Http.PostAsJsonAsync($"/api/lobbies/{branch}/desks", new { deskId = "D2", name = "Counter 2", nameZh = "2 号窗口", kind = "Counter", services = new[] { "Cash" } }))
            .EnsureSuccessStatusCode();
        // A large declared amount: premium by the brief's signals; none of it is for the hall.
        (await server.Http.PostAsJsonAsync($"/api/lobbies/{branch}/tickets", new { service = "Cash", declaredAmount = 480_000m })).EnsureSuccessStatusCode();
        await using var display = await ScreenClient.ConnectAsync(server.Host.BaseAddress, server.Cookies);
        var empty = await display.JoinHall(branch);
        Assert.Equal(0, empty.GetProperty("calls").GetArrayLength());

        (await server.Http.PostAsync($"/api/lobbies/{branch}/desks/D2/call-next", null)).EnsureSuccessStatusCode();

        var nudge = (await Eventually.Until(() => display.RawHallNudges, n => n.Count > 0, "the call nudges the hall"))[0];
        Assert.Equal(["at", "branchId"], nudge.EnumerateObject().Select(p => p.Name).Order());
        Assert.Empty(display.LobbyDeltas);
        var view = await display.JoinHall(branch);
        var call = Assert.Single(view.GetProperty("calls").EnumerateArray());
        Assert.Equal(("C001", "Counter 2", "2 号窗口", true),
            (call.GetProperty("number").GetString(), call.GetProperty("deskName").GetString(), call.GetProperty("deskNameZh").GetString(), call.GetProperty("calling").GetBoolean()));
        var wire = view.GetRawText();
        foreach (var customerData in new[] { "clientId", "premium", "480000", "LargeCash", "signals" })
        {
            Assert.DoesNotContain(customerData, wire, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void The_hall_view_of_a_lobby_keeps_only_the_tickets_at_a_desk_newest_call_first()
    {
        var t0 = Deltas.T0;
        var lobby = Deltas.LobbyView("B1", 3) with
        {
            Tickets =
            [
                Deltas.Ticket("1", TicketStatus.Serving) with { DeskId = "1", CalledAt = t0, ClientId = "CL-1", Premium = true },
                Deltas.Ticket("2", TicketStatus.Called) with { DeskId = "1", CalledAt = t0.AddMinutes(3) },
                Deltas.Ticket("3"),
                Deltas.Ticket("4", TicketStatus.Finished) with { DeskId = "1", CalledAt = t0.AddMinutes(4) },
            ],
            Desks = [Deltas.Desk("1") with { NameZh = "1 号窗口" }],
        };
        var hall = HallView.Of(lobby);
        Assert.Equal([("A2", true, "1 号窗口"), ("A1", false, "1 号窗口")], hall.Calls.Select(c => (c.Number, c.Calling, c.DeskNameZh)));
    }
}
