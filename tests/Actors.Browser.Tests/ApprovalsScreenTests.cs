using Actors.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Actors.Browser.Tests;

/// <summary>Issue 6's approvals inbox as an institution head uses it: signed in on the sign-in page, a transfer step to confirm.</summary>
[Collection(LobbyFloorCollection.Name)]
public sealed class ApprovalsScreenTests(LobbyFloorFixture fixture) : BrowserTest<LobbyFloorFixture>(fixture)
{
    // Each test signs in on the sign-in page, as the member of staff it is about.
    protected override bool SignedIn => false;

    [Fact]
    public async Task An_institution_head_signs_in_and_confirms_the_outgoing_head_step_of_a_terminal_transfer()
    {
        var cast = await TransferCastAsync();
        var (terminal, head, asMaintainer) = (cast.Terminal, cast.Head, cast.AsMaintainer);
        var transferId = await FileAndConfirmAsync(cast);

        var page = await Context.OpenSignedInAsync("approvals.html", head);
        var approval = page.Locator($"[data-testid='approval'][data-transfer-id='{transferId}']");
        await Expect(approval).ToBeVisibleAsync();
        await Expect(approval).ToHaveAttributeAsync("data-next-step", "OutgoingHeadConfirmed");
        await Expect(approval.GetByTestId("approval-terminal")).ToHaveTextAsync($"Terminal {terminal}");
        await Expect(approval.GetByTestId("approval-next-step")).ToHaveTextAsync("Outgoing head confirms");
        await Expect(approval.GetByTestId("approval-step")).ToHaveCountAsync(2);
        await Screenshots.SaveAsync(page, "approvals", "approvals");

        await approval.GetByTestId("approval-confirm").ClickAsync();
        await Expect(page.GetByTestId("approval-done")).ToHaveTextAsync($"Confirmed: terminal {terminal}.");
        await Expect(approval).ToHaveCountAsync(0);

        var after = await StaffAccounts.GetAsync(asMaintainer, $"/api/transfers/{transferId}");
        Assert.Equal("IncomingHeadConfirmed", after.GetProperty("nextStep").GetString());
        var steps = after.GetProperty("steps");
        Assert.Equal(3, steps.GetArrayLength());
        Assert.Equal(head, steps[2].GetProperty("by").GetString());

        // The terminal's history says who did it, as the head's own screens show it.
        await page.GotoAsync($"terminal.html?id={Uri.EscapeDataString(terminal)}");
        await Expect(page.GetByTestId("audit-row")).ToHaveCountAsync(3);
        await Expect(page.GetByTestId("audit-row").Last.GetByTestId("audit-action")).ToHaveTextAsync("Outgoing head confirms — confirmed");
        await Expect(page.GetByTestId("audit-row").Last).ToHaveAttributeAsync("data-by", head);
        await Screenshots.SaveAsync(page, "terminal-history", "terminal-history");
    }

    [Fact]
    public async Task A_transfer_reaching_the_heads_step_appears_on_their_open_approvals_page_without_a_reload()
    {
        var cast = await TransferCastAsync();

        // The head's inbox is open and empty, and live on the hub.
        var page = await Context.OpenSignedInAsync("approvals.html", cast.Head);
        await Expect(page.GetByTestId("connection-status")).ToHaveAttributeAsync("data-state", "live");
        await Expect(page.GetByTestId("approval")).ToHaveCountAsync(0);
        var reloads = 0;
        page.Load += (_, _) => reloads++;

        // Steps 1 and 2 by the maintainer, over HTTP: the transfer now waits for the outgoing head.
        var transferId = await FileAndConfirmAsync(cast);

        // Well inside the 5-minute slow re-read: only the hub's nudge can bring it.
        var approval = page.Locator($"[data-testid='approval'][data-transfer-id='{transferId}']");
        await Expect(approval).ToBeVisibleAsync();
        await Expect(approval).ToHaveAttributeAsync("data-next-step", "OutgoingHeadConfirmed");
        Assert.Equal(0, reloads);
    }

    /// <summary>A terminal of Futian's maintainer, to move to a client manager of Luohu; Futian's head confirms step 3.</summary>
    private sealed record TransferCast(string Terminal, string Receiver, string Head, HttpClient AsMaintainer, HttpClient AsTeamLead);

    private async Task<TransferCast> TransferCastAsync()
    {
        var staff = await StaffAccounts.HeadOfficeAsync(Fixture.Host);
        var (outgoing, incoming) = (await staff.SubBranchAsync("Futian sub-branch"), await staff.SubBranchAsync("Luohu sub-branch"));
        var maintainer = await staff.StaffAsync(outgoing, "Li Wei", "ClientManager");
        var receiver = await staff.StaffAsync(incoming, "Zhang Min", "ClientManager");
        var head = await staff.StaffAsync(outgoing, "Wang Fang", "InstitutionHead");
        var lead = await staff.StaffAsync(outgoing, "Zhou Lan", "TeamLead");
        var terminal = await staff.TerminalAsync(outgoing, maintainer, "Shenzhen Tea House");
        return new(terminal, receiver, head, await StaffAccounts.SignedInClientAsync(Fixture.Host.BaseAddress, maintainer),
            await StaffAccounts.SignedInClientAsync(Fixture.Host.BaseAddress, lead));
    }

    /// <summary>Steps 1 and 2 over the API: filed by Futian's team lead, then confirmed by the original maintainer (four eyes: two people).</summary>
    private static async Task<string> FileAndConfirmAsync(TransferCast cast)
    {
        var filed = await StaffAccounts.PostAsync(cast.AsTeamLead, $"/api/terminals/{cast.Terminal}/transfers",
            new { toStaffId = cast.Receiver, reason = "The merchant moved to Luohu." });
        var transferId = filed.GetProperty("transferId").GetString()!;
        await StaffAccounts.PostAsync(cast.AsMaintainer, $"/api/transfers/{transferId}/confirm", new { }, System.Net.HttpStatusCode.OK);
        return transferId;
    }
}
