using Actors.Domain;
using Actors.Contracts.Lobby;
using Actors.Contracts.Screens;
using Actors.Grains.Tests.Support;
using static Actors.Grains.Tests.Lobby.LobbyKit;

namespace Actors.Grains.Tests.Lobby;

[Collection(GridCollection.Name)]
public sealed class LobbyComplaintAndDayTests(GridClusterFixture fixture)
{
    [Fact]
    public async Task A_complaint_is_recorded_acknowledged_and_resolved_on_the_spot_or_escalated_to_a_new_owner()
    {
        await using var kit = await OpenAsync(fixture.Grid);
        var recorded = Ok(await kit.Lobby.RecordComplaint(new(ComplaintChannel.InPerson, "waited 40 minutes for cash", null, "Mr Zhao", "lobby-manager-1", "lobby-manager-1")));
        Assert.Equal((ComplaintStatus.Recorded, "lobby-manager-1", kit.Morning), (recorded.Status, recorded.Owner, recorded.RecordedAt));
        Assert.Equal(recorded, Assert.Single((await kit.Delta(d => d.Complaints.Count > 0, "the complaint reaches the screen")).Complaints));

        kit.At(Minutes(2));
        var acknowledged = Ok(await kit.Lobby.AcknowledgeComplaint(recorded.ComplaintId, "lobby-manager-1"));
        Assert.Equal((ComplaintStatus.Acknowledged, kit.Morning.AddMinutes(2)), (acknowledged.Status, acknowledged.AcknowledgedAt));
        var resolved = Ok(await kit.Lobby.ResolveComplaint(recorded.ComplaintId, "opened a second cash counter", "lobby-manager-1"));
        Assert.Equal((ComplaintStatus.ResolvedOnTheSpot, "opened a second cash counter"), (resolved.Status, resolved.Resolution));
        Assert.Equal(("lobby-manager-1", "lobby-manager-1", "lobby-manager-1"), (resolved.RecordedBy, resolved.AcknowledgedBy, resolved.ResolvedBy));
        Refused(RefusalKind.Conflict, await kit.Lobby.EscalateComplaint(recorded.ComplaintId, "branch-head"));

        var hotline = Ok(await kit.Lobby.RecordComplaint(new(ComplaintChannel.Hotline, "card swallowed by the ATM", "C-1", null, "lobby-manager-1", "hotline-desk-2")));
        Assert.Equal(("hotline-desk-2", "lobby-manager-1"), (hotline.RecordedBy, hotline.Owner));
        var escalated = Ok(await kit.Lobby.EscalateComplaint(hotline.ComplaintId, "card-operations"));
        Assert.Equal((ComplaintStatus.Escalated, "card-operations", kit.Morning.AddMinutes(2)), (escalated.Status, escalated.Owner, escalated.AcknowledgedAt));
        Refused(RefusalKind.NotFound, await kit.Lobby.AcknowledgeComplaint("no-such-complaint", "x"));

        var view = (await kit.Lobby.GetView())!;
        Assert.Equal([resolved, escalated], view.Complaints);
    }

    [Fact]
    public async Task A_lobby_of_an_unregistered_institution_refuses_everything()
    {
        var lobby = fixture.Grid.Client.GetGrain<ILobbyGrain>(Network.NewId("nowhere"));
        Assert.Null(await lobby.GetView());
        Assert.Null(await lobby.GetProspects(null));
        Refused(RefusalKind.NotFound, await lobby.IssueTicket(new(ServiceType.Cash, null, null, [])));
        Refused(RefusalKind.NotFound, await lobby.OpenDesk(new("d", "d", DeskKind.Counter, [ServiceType.Cash])));
    }
}
