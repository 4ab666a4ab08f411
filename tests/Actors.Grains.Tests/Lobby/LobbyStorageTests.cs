using Actors.Contracts.Lobby;
using Actors.Contracts.Screens;
using Actors.Domain.Lobby;
using Actors.Grains.Lobby;
using Actors.Grains.Tests.Support;
using Actors.Hosting.Storage;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;
using static Actors.Grains.Tests.Lobby.LobbyKit;

namespace Actors.Grains.Tests.Lobby;

[Collection(GridCollection.Name)]
public sealed class LobbyStorageTests(GridClusterFixture fixture)
{
    [Fact]
    public async Task The_lobby_read_back_from_the_store_is_the_lobby_that_was_written()
    {
        await using var kit = await OpenAsync(fixture.Grid);
        await kit.Desk("counter-1", DeskKind.Counter, ServiceType.Cash);
        await kit.Desk("wealth-1", DeskKind.ClientManagerDesk, ServiceType.Wealth);
        var ticket = await kit.Ticket(ServiceType.Cash, amount: 250_000m, declared: CustomerDeclaration.VipCardOtherBank);
        kit.At(Minutes(3));
        await kit.CallNext("counter-1");
        kit.At(Minutes(7));
        Ok(await kit.Lobby.Transfer("counter-1", new TicketTransfer(null, "wealth-1")));
        Ok(await kit.Lobby.FlagPremium(ticket.TicketId, "lm-1", "family office"));
        var complaint = Ok(await kit.Lobby.RecordComplaint(new(ComplaintChannel.OtherDepartment, "wrong fee", null, "Mr Li", "lm-1", "lm-1")));
        var manager = await kit.Network.Manager();
        Ok(await kit.Lobby.RegisterProspect(new(ticket.TicketId, null, null, manager, "large FX next month", "lm-1")));
        var view = (await kit.Lobby.GetView())!;

        var storage = fixture.Grid.Cluster.Silos[0].ServiceProvider.GetRequiredKeyedService<IGrainStorage>(EmbeddedStoreNames.Default);
        var stored = new GrainState<LobbyState>();
        await storage.ReadStateAsync("lobby", GrainId.Create("lobby", kit.Network.InstitutionId), stored);

        var s = stored.State!;
        Assert.Equal((kit.Network.InstitutionId, view.Seq, 1L), (s.BranchId, s.Seq, s.Issued));
        var t = Assert.Single(s.Tickets);
        Assert.Equal((TicketStatus.Transferred, "wealth-1", "wealth-1"), (t.Status, t.DeskId, t.SentToDeskId));
        Assert.Equal(["LargeCash", "VipCardOtherBank"], t.Signals);
        Assert.Equal(("lm-1", "family office"), (t.ManualFlagBy, t.ManualFlagReason));
        Assert.Equal((TimeSpan.FromMinutes(3), TimeSpan.FromMinutes(4), kit.Morning.AddMinutes(7)), (t.Waited, t.Served, t.WaitingSince));
        Assert.Equal(2, s.Desks.Count);
        Assert.Equal([ServiceType.Wealth], s.Desk("wealth-1")!.Services);
        Assert.Equal((complaint.ComplaintId, "Mr Li"), (Assert.Single(s.Complaints).Id, s.Complaints[0].CustomerName));
        Assert.Equal(manager, Assert.Single(s.Prospects).ManagerId);
        Assert.Equal(1, s.Counters["C"].Last);
        Assert.Equal(DateOnly.FromDateTime(kit.Morning.DateTime), s.Counters["C"].Day);
        Assert.Equal(kit.Morning.AddMinutes(7 + 5), s.ClockArmedAt); // the premium wait after the transfer
    }
}
