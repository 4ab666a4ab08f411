using Actors.Contracts.Screens;
using Actors.Contracts.Terminals;
using Actors.Screens.Tests.Support;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Actors.Screens.Tests;

/// <summary>
/// The worklist's and approvals inbox's nudges over a real SignalR connection, each user signed in with their own cookie:
/// a user hears their own inboxes, and only theirs.
/// </summary>
[Collection(ScreenCollection.Name)]
public sealed class InboxScreenTests(ScreenServerFixture server)
{
    private Uri Address => server.Host.BaseAddress;

    [Fact]
    public async Task An_institution_head_hears_a_transfer_reach_their_step_and_the_other_head_hears_only_their_own()
    {
        var (outgoing, incoming) = (await Branches.RegisterAsync(server.Http), await Branches.RegisterAsync(server.Http));
        var maintainer = await Staff.RegisterAsync(server.Http, outgoing, "Li Wei", "ClientManager");
        var receiver = await Staff.RegisterAsync(server.Http, incoming, "Zhang Min", "ClientManager");
        var head = await Staff.RegisterAsync(server.Http, outgoing, "Wang Fang", "InstitutionHead");
        var otherHead = await Staff.RegisterAsync(server.Http, incoming, "Chen Jie", "InstitutionHead");
        var terminal = await Staff.TerminalAsync(server.Http, outgoing, maintainer);
        var lead = await Staff.RegisterAsync(server.Http, outgoing, "Sun Hao", "TeamLead");
        var (asLead, asMaintainer, asHead, asOtherHead) = (await SignIn(lead), await SignIn(maintainer), await SignIn(head), await SignIn(otherHead));
        await using var headScreen = await ScreenClient.ConnectAsync(Address, asHead.Cookies);
        await using var otherScreen = await ScreenClient.ConnectAsync(Address, asOtherHead.Cookies);
        await headScreen.JoinInbox();
        await otherScreen.JoinInbox();

        var transferId = await Staff.FileAndConfirmTransferAsync(asLead.Http, asMaintainer.Http, terminal, receiver);

        var nudge = Assert.Single(await Eventually.Until(() => headScreen.InboxNudges, n => n.Count > 0, "the head hears the transfer reach their step"));
        Assert.Equal((ApprovalQueues.Head(outgoing), InboxTopic.Approvals), (nudge.Inbox, nudge.What));
        // The nudge is the page's cue to read: the inbox it reads then lists the transfer.
        var inbox = await Staff.GetAsync(asHead.Http, "/api/approvals");
        Assert.Contains(inbox.GetProperty("items").EnumerateArray(), i => i.GetProperty("transferId").GetString() == transferId);

        // The outgoing head confirms: the transfer leaves their inbox and reaches the incoming head's.
        await Staff.PostAsync(asHead.Http, $"/api/transfers/{transferId}/confirm", new { }, System.Net.HttpStatusCode.OK);
        var theirs = await Eventually.Until(() => otherScreen.InboxNudges, n => n.Count > 0, "the incoming head hears it reach theirs");
        await Eventually.Until(() => headScreen.InboxNudges, n => n.Count > 1, "the outgoing head hears it leave theirs");
        Assert.All(theirs, n => Assert.Equal(ApprovalQueues.Head(incoming), n.Inbox));
        Assert.All(headScreen.InboxNudges, n => Assert.Equal(ApprovalQueues.Head(outgoing), n.Inbox));
    }

    [Fact]
    public async Task A_user_cannot_name_whose_inbox_to_join_and_hears_nothing_of_anyone_else()
    {
        var branch = await Branches.RegisterAsync(server.Http);
        var manager = await Staff.RegisterAsync(server.Http, branch, "Li Wei", "ClientManager");
        var colleague = await Staff.RegisterAsync(server.Http, branch, "Zhou Min", "ClientManager");
        var lead = await Staff.RegisterAsync(server.Http, branch, "Sun Hao", "TeamLead");
        var client = await Staff.UnallocatedClientAsync(server.Http, branch);
        var (asColleague, asLead) = (await SignIn(colleague), await SignIn(lead));
        await using var snooping = await ScreenClient.ConnectAsync(Address, asColleague.Cookies);

        await Assert.ThrowsAsync<HubException>(() => HubConnectionExtensions.InvokeAsync(snooping.Connection, ScreenHubProtocol.JoinInbox, Inboxes.Staff(manager)));
        await snooping.JoinInbox();
        await using var managerScreen = await ScreenClient.ConnectAsync(Address, (await SignIn(manager)).Cookies);
        await managerScreen.JoinInbox();

        await Staff.PostAsync(asLead.Http, $"/api/clients/{client}/manager", new { managerId = manager }, System.Net.HttpStatusCode.OK);
        await Eventually.Until(() => managerScreen.InboxNudges, n => n.Count > 0, "the manager hears it");
        // Then a change of the colleague's own, so their screen has heard everything sent before it.
        await Staff.PostAsync(asLead.Http, $"/api/clients/{await Staff.UnallocatedClientAsync(server.Http, branch)}/manager", new { managerId = colleague }, System.Net.HttpStatusCode.OK);

        var heard = await Eventually.Until(() => snooping.InboxNudges, n => n.Count > 0, "the colleague hears their own allocation");
        Assert.All(heard, n => Assert.Equal(Inboxes.Staff(colleague), n.Inbox));
    }

    [Fact]
    public async Task A_client_manager_hears_a_client_allocated_to_them_and_their_worklist_then_shows_it()
    {
        var branch = await Branches.RegisterAsync(server.Http);
        var manager = await Staff.RegisterAsync(server.Http, branch, "Li Wei", "ClientManager");
        var lead = await Staff.RegisterAsync(server.Http, branch, "Sun Hao", "TeamLead");
        var client = await Staff.UnallocatedClientAsync(server.Http, branch);
        var asManager = await SignIn(manager);
        await using var screen = await ScreenClient.ConnectAsync(Address, asManager.Cookies);
        await screen.JoinInbox();

        await Staff.PostAsync((await SignIn(lead)).Http, $"/api/clients/{client}/manager", new { managerId = manager }, System.Net.HttpStatusCode.OK);

        var nudge = Assert.Single(await Eventually.Until(() => screen.InboxNudges, n => n.Count > 0, "the manager hears the allocation"));
        Assert.Equal((Inboxes.Staff(manager), InboxTopic.Worklist), (nudge.Inbox, nudge.What));
        var worklist = await Staff.GetAsync(asManager.Http, "/api/worklist");
        Assert.Contains(worklist.GetProperty("visitsOverdue").EnumerateArray(), i => i.GetProperty("id").GetString() == client);
    }

    private Task<StaffSession> SignIn(string staffId) => StaffSession.SignInAsync(Address, staffId);
}
