using Actors.Domain;
using Actors.Contracts.Screens;
using Actors.Domain.Lobby;
using Actors.Grains.Tests.Support;
using static Actors.Grains.Tests.Lobby.LobbyKit;

namespace Actors.Grains.Tests.Lobby;

[Collection(GridCollection.Name)]
public sealed class LobbyServiceLevelTests(GridClusterFixture fixture)
{
    [Fact]
    public async Task A_ticket_waiting_fifteen_minutes_is_flagged_at_that_instant_by_the_lobby_clock_and_the_screen_stream_says_so()
    {
        await using var kit = await OpenAsync(fixture.Grid);
        var ticket = await kit.Ticket(ServiceType.Cash);
        Assert.Equal(kit.Morning.AddMinutes(15), ticket.SlaDueAt);
        Assert.False(ticket.SlaBreached);

        kit.At(Minutes(15) - TimeSpan.FromMilliseconds(1));
        var before = (await kit.Lobby.GetView())!;
        Assert.False(Assert.Single(before.Tickets).SlaBreached);
        Assert.Equal(0, before.Stats.SlaBreachesNow);

        kit.At(Minutes(15));
        // Nobody reads the lobby: the flag comes from its own clock, as a delta on the branch's screen stream.
        var flagged = await kit.Delta(d => d.Tickets.Any(t => t.SlaBreached), "the breach delta arrives", nudge: true);
        Assert.Equal(before.Seq, flagged.FromSeq);
        Assert.Equal(before.Seq + 1, flagged.Seq);
        Assert.Equal(kit.Network.InstitutionId, flagged.BranchId);
        Assert.Equal(ticket.TicketId, Assert.Single(flagged.Tickets).TicketId);
        Assert.Equal(1, flagged.Stats!.SlaBreachesNow);
        Assert.Empty(flagged.RemovedTickets);
        Assert.Null(flagged.Desks);
        Assert.DoesNotContain(kit.Deltas, d => d.Seq <= before.Seq && d.Tickets.Any(t => t.SlaBreached));

        var after = (await kit.Lobby.GetView())!;
        Assert.Equal(flagged.Seq, after.Seq);
        Assert.True(Assert.Single(after.Tickets).SlaBreached);
    }

    [Fact]
    public async Task A_premium_customer_is_flagged_after_five_minutes_while_an_ordinary_one_is_not()
    {
        await using var kit = await OpenAsync(fixture.Grid);
        var vip = await kit.Ticket(ServiceType.Cash, declared: CustomerDeclaration.VipCardOtherBank);
        var ordinary = await kit.Ticket(ServiceType.Cash);
        Assert.Equal((true, kit.Morning.AddMinutes(5)), (vip.Premium, vip.SlaDueAt));
        Assert.Equal((false, kit.Morning.AddMinutes(15)), (ordinary.Premium, ordinary.SlaDueAt));

        kit.At(Minutes(5) - TimeSpan.FromMilliseconds(1));
        Assert.False((await kit.View(vip.TicketId)).SlaBreached);

        kit.At(Minutes(5));
        var flagged = await kit.Delta(d => d.Tickets.Any(t => t.SlaBreached), "the premium breach delta arrives", nudge: true);
        Assert.Equal(vip.TicketId, Assert.Single(flagged.Tickets).TicketId);
        Assert.False((await kit.View(ordinary.TicketId)).SlaBreached);
    }

    [Fact]
    public async Task A_ticket_called_before_its_target_is_never_flagged_and_one_called_at_the_target_is()
    {
        await using var kit = await OpenAsync(fixture.Grid);
        await kit.Desk("counter-1", DeskKind.Counter, ServiceType.Cash);
        var early = await kit.Ticket(ServiceType.Cash);
        var late = await kit.Ticket(ServiceType.Cash);

        kit.At(Minutes(15) - TimeSpan.FromMilliseconds(1));
        Assert.Equal(early.TicketId, (await kit.CallNext("counter-1"))!.TicketId);
        Ok(await kit.Lobby.Finish("counter-1", "cash withdrawn"));
        kit.At(Minutes(15));
        var called = await kit.CallNext("counter-1");
        Assert.Equal((late.TicketId, true), (called!.TicketId, called.SlaBreached));

        kit.At(Minutes(30));
        Assert.False((await kit.View(early.TicketId)).SlaBreached);
        Assert.True((await kit.View(late.TicketId)).SlaBreached);
    }

    [Fact]
    public async Task A_manual_premium_flag_shortens_the_target_at_once()
    {
        await using var kit = await OpenAsync(fixture.Grid);
        var ticket = await kit.Ticket(ServiceType.Enquiry);
        kit.At(Minutes(6));

        var flagged = Ok(await kit.Lobby.FlagPremium(ticket.TicketId, "lobby-manager-1", "asked about a family trust"));

        Assert.True(flagged.Premium);
        Assert.Equal(["ManualFlag: asked about a family trust"], flagged.PremiumSignals);
        Assert.Equal(kit.Morning.AddMinutes(5), flagged.SlaDueAt);
        Assert.True(flagged.SlaBreached);
        var delta = await kit.Delta(d => d.Tickets.Any(t => t.Premium), "the flag delta arrives");
        Assert.Equal(1, delta.Stats!.SlaBreachesNow);
        Refused(RefusalKind.NotFound, await kit.Lobby.FlagPremium("no-such-ticket", "lobby-manager-1", "x"));
    }
}
