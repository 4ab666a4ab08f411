using Actors.Contracts.Institutions;
using Actors.Contracts.Loans;
using Actors.Contracts.Managers;
using Actors.Contracts.Statistics;
using Actors.Contracts.Terminals;
using Actors.Contracts.WorkOrders;
using Actors.Domain.Collections;
using Actors.Domain.Terminals;
using Actors.Grains.Infrastructure;

namespace Actors.Hosting.Demo;

/// <summary>
/// What a branch has on any working day that a grid started this morning would not have yet, so every screen shows
/// something on the demo's first start: last month closed (statistics and the inactive-terminal list), this month's
/// after-sales work orders, terminal transfers waiting at each step of the chain for one of the demo's users, and
/// promises to pay due within the hour and about to be broken. Everything goes through the grains' own calls.
/// </summary>
public static class DemoBackOffice
{
    public static async Task EnsureAsync(IGrainFactory grains, BankRules rules, string branch, IReadOnlyList<string> subBranches)
    {
        await CloseLastMonthAsync(grains, rules, [DemoRoster.HeadOffice, branch, .. subBranches], subBranches);
        foreach (var subBranch in subBranches)
        {
            await grains.GetGrain<IWorkOrderBookGrain>(subBranch).IssueCurrentMonth();
        }
        await TransfersAsync(grains, subBranches[0], subBranches[1]);
        await PromisesAsync(grains, rules, subBranches[0]);
    }

    private static async Task CloseLastMonthAsync(IGrainFactory grains, BankRules rules, IEnumerable<string> institutions, IEnumerable<string> withTerminals)
    {
        var lastMonth = ActivationClaims.FirstOfMonth(rules.Today).AddMonths(-1);
        foreach (var institution in institutions)
        {
            await grains.GetGrain<IMonthEndStatisticsGrain>(institution).CloseEarlierMonth(lastMonth);
        }
        foreach (var institution in withTerminals)
        {
            await grains.GetGrain<IInactiveTerminalsGrain>(institution).ListEarlierMonth(lastMonth);
        }
    }

    /// <summary>
    /// Five ordinary transfers, each stopped at a different step (brief §2): the maintainer (SB-FT-CM1), the outgoing head
    /// and the incoming head (SB-FT-HEAD; the incoming one is a Nanshan terminal coming to Futian), the management
    /// department's opinion and its register change (HO-MD). The team lead files them.
    /// </summary>
    private static async Task TransfersAsync(IGrainFactory grains, string home, string other)
    {
        var applicant = await ActorAsync(grains, DemoUsers.TeamLead(home));
        var homeHead = await ActorAsync(grains, DemoRoster.SubBranchHead(home));
        var management = await ActorAsync(grains, DemoUsers.ManagementDepartment);
        var maintainer = await ActorAsync(grains, $"{home}-CM1");
        var incoming = (await TerminalsAsync(grains, other)).FirstOrDefault();
        if (applicant is null || homeHead is null || management is null || maintainer is null || incoming is null)
        {
            return;
        }
        var terminals = (await TerminalsAsync(grains, home)).Where(t => t.MaintainerId == maintainer.StaffId).Take(4).ToList();
        var otherMaintainer = await ActorAsync(grains, incoming.MaintainerId);
        var otherHead = await ActorAsync(grains, DemoRoster.SubBranchHead(other));
        if (otherMaintainer is null || otherHead is null)
        {
            return;
        }
        // Four eyes: every step by a different person, so the home terminals go to the other sub-branch (its head takes
        // the incoming step) and the other sub-branch's terminal comes home.
        StaffActor?[][] chains =
        [
            [],
            [maintainer],
            [maintainer, homeHead, otherHead, management],
            [maintainer, homeHead, otherHead],
        ];
        var n = 0;
        foreach (var (terminal, confirmations) in terminals.Zip(chains))
        {
            await FileAsync(grains, $"demo-transfer-{++n}", terminal.TerminalId, otherMaintainer.StaffId, applicant, confirmations);
        }
        await FileAsync(grains, $"demo-transfer-{++n}", incoming.TerminalId, $"{home}-CM2", applicant, [otherMaintainer, otherHead]);
    }

    private static async Task FileAsync(IGrainFactory grains, string transferId, string terminalId, string to, StaffActor applicant, StaffActor?[] confirmations)
    {
        var transfer = grains.GetGrain<ITransferGrain>(transferId);
        if ((await transfer.File(terminalId, TransferKind.Ordinary, to, "Merchant now served by the Futian desk", applicant)).Value is null)
        {
            return;
        }
        foreach (var actor in confirmations.OfType<StaffActor>())
        {
            await transfer.Confirm(actor, null);
        }
    }

    /// <summary>
    /// On two overdue Futian loans, the collector's morning call and a promise: one due within the hour, one due in a
    /// few minutes that, unpaid, is broken when its hour's window ends (about a minute of real time at the demo's speed).
    /// </summary>
    private static async Task PromisesAsync(IGrainFactory grains, BankRules rules, string subBranch)
    {
        var collector = DemoRoster.Collectors(subBranch)[0];
        var institution = await grains.GetGrain<IInstitutionGrain>(subBranch).GetSnapshot();
        var overdue = new List<LoanSnapshot>();
        foreach (var loanId in institution?.Loans ?? [])
        {
            // Overdue and worked in the branch's room (M1, M2): the promises show on the BR-SZ board, not the central one.
            if (await grains.GetGrain<ILoanGrain>(loanId).GetSnapshot() is { OverdueAmount: > 0 } loan && CollectionsRooms.WorkedIn(loan.Stage) == RoomKind.Branch)
            {
                overdue.Add(loan);
            }
        }
        var minutes = new[] { 45, 3 };
        foreach (var (loan, inMinutes) in overdue.OrderBy(l => l.LoanId, StringComparer.Ordinal).Take(2).Zip(minutes))
        {
            var now = rules.Now;
            var grain = grains.GetGrain<ILoanGrain>(loan.LoanId);
            await grain.LogCall(new(now, collector, NumberType.Mobile, CallOutcome.PromiseToPay,
                "Borrower promised to pay the overdue installment today.", $"demo-call-{loan.LoanId}"));
            await grain.RecordPromise(new(loan.OverdueAmount, now.AddMinutes(inMinutes), collector, $"demo-promise-{loan.LoanId}"));
        }
    }

    private static async Task<List<TerminalSnapshot>> TerminalsAsync(IGrainFactory grains, string institutionId)
    {
        var institution = await grains.GetGrain<IInstitutionGrain>(institutionId).GetSnapshot();
        var snapshots = await Task.WhenAll((institution?.Terminals ?? []).Select(id => grains.GetGrain<ITerminalGrain>(id).GetSnapshot()));
        return [.. snapshots.OfType<TerminalSnapshot>().OrderBy(t => t.TerminalId, StringComparer.Ordinal)];
    }

    private static async Task<StaffActor?> ActorAsync(IGrainFactory grains, string staffId) =>
        await grains.GetGrain<IManagerGrain>(staffId).GetSnapshot() is { } staff
            ? new StaffActor(staff.ManagerId, staff.Name, staff.InstitutionId, staff.Roles, null)
            : null;
}
