using Actors.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Actors.Browser.Tests;

/// <summary>The wall board is the room's (brief §5): its collectors and team leads open it from their sub-branches; others are told no, once.</summary>
[Collection(CollectionsRoomCollection.Name)]
public sealed class WallBoardAccessTests(CollectionsRoomFixture fixture) : BrowserTest<CollectionsRoomFixture>(fixture)
{
    protected override bool SignedIn => false;

    [Fact]
    public async Task A_sub_branchs_collector_and_team_lead_open_their_branchs_board_and_another_rooms_collector_is_refused_without_a_retry_storm()
    {
        var headOffice = BankRoot.HeadOffice;
        var branch = await Network.BranchOfAsync(headOffice, "Shenzhen branch");
        var subBranch = await Network.SubBranchAsync(branch, "Futian sub-branch");
        var otherBranch = await Network.BranchOfAsync(headOffice, "Guangzhou branch");
        var collector = await Network.StaffAsync(subBranch, "Wang Fang", "Collector");
        var teamLead = await Network.StaffAsync(subBranch, "Li Qiang", "TeamLead");
        var stranger = await Network.StaffAsync(otherBranch, "Chen Jie", "Collector");
        var manager = await Network.StaffAsync(subBranch, "Zhou Min", "ClientManager");
        var client = await Network.ClientAsync(subBranch, manager, "Futian Hardware");
        var loan = await Network.LoanAsync(subBranch, client, 80_000m, RoomClock.DisbursedForDaysPastDue(RoomClock.Today(Fixture.Clock), 5));
        Assert.Equal("M1", loan.Stage);
        await Network.CallAsync(loan.LoanId, collector, Fixture.Clock.GetUtcNow().AddMinutes(-3));

        var board = await Context.OpenSignedInAsync(Pages.Board(branch), collector);
        await board.ExpectLiveAsync();
        await Expect(board.TestId("stage-M1").GetByTestId("stage-loans")).ToHaveTextAsync("1 loan");
        await Expect(board.TestId("collector-name")).ToHaveTextAsync("Wang Fang");
        await Expect(board.TestId("collector-calls")).ToHaveTextAsync("1");

        // The team lead opens the board with no room named: their own room's.
        await using var leadContext = await Fixture.NewContextAsync(signedIn: false);
        var leads = await leadContext.OpenSignedInAsync("board.html", teamLead);
        await leads.ExpectLiveAsync();
        await Expect(leads.TestId("page-title")).ToHaveTextAsync($"Collections · {branch}");
        await Expect(leads.TestId("collector-name")).ToHaveTextAsync("Wang Fang");

        await using var strangerContext = await Fixture.NewContextAsync(signedIn: false);
        var refused = await strangerContext.OpenSignedInAsync(Pages.Board(branch), stranger);
        await Expect(refused.TestId("screen-problem")).ToContainTextAsync($"You cannot watch the board of room {branch}");
        await Expect(refused.TestId("your-room")).ToHaveAttributeAsync("href", Pages.Board(otherBranch));
        // Time passes on the page's timers (it used to ask again every 5 s, reading the board over HTTP each time).
        await refused.Clock.RunForAsync(12_000);
        var feed = FeedRecorder.Of(refused);
        Assert.Equal(1, feed.Joins);
        Assert.Equal(0, feed.ViewReads);
        await Expect(refused.TestId("connection-status")).ToHaveAttributeAsync("data-state", "live");
    }
}
