using Actors.Contracts;
using Actors.Contracts.Institutions;
using Actors.Contracts.Managers;
using Actors.Contracts.Terminals;
using Actors.Domain;
using Actors.Domain.Terminals;
using Actors.Grains.Infrastructure;
using Actors.Storage;

namespace Actors.Grains.Transfers;

/// <summary>The set a portfolio was kept as before issue 13; moved to member rows when the portfolio is next activated.</summary>
[GenerateSerializer, Alias("bg.TerminalPortfolioState.v1")]
public sealed class TerminalPortfolioState
{
    [Id(0)] public SortedSet<string> TerminalIds { get; set; } = new(StringComparer.Ordinal);
}

/// <summary>
/// The terminals a member of staff maintains, as member rows: a terminal's registration writes its own row in its own
/// commit; a transfer moves it here.
/// </summary>
public sealed class TerminalPortfolioGrain(
    [PersistentState("terminalPortfolio")] IPersistentState<TerminalPortfolioState> state,
    IGridStore store) : Grain, ITerminalPortfolioGrain
{
    private string Group => MemberGroups.Portfolio(this.GetPrimaryKeyString());

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (state.State.TerminalIds.Count > 0)
        {
            foreach (var terminalId in state.State.TerminalIds)
            {
                this.Stage(new MemberRow(Group, terminalId));
            }
            state.State.TerminalIds.Clear();
            await state.WriteStateAsync();
        }
    }

    public Task Add(string terminalId) => store.WriteAsync([new MemberRow(Group, terminalId)]);

    public Task Remove(string terminalId) => store.WriteAsync([new MemberRow(Group, terminalId, Present: false)]);

    public Task<IReadOnlyList<string>> List() => store.ReadMembersAsync(Group);

    public async Task<Outcome<Departure>> HandOver(string toStaffId, string reason, StaffActor applicant)
    {
        var leaverId = this.GetPrimaryKeyString();
        if (Departures.Receiver(leaverId, toStaffId) is { } sameAsLeaver)
        {
            return sameAsLeaver;
        }
        if (await GrainFactory.GetGrain<IManagerGrain>(toStaffId).GetSnapshot() is null)
        {
            return Refusal.NotRegistered("toStaffId", Thing.Staff, toStaffId);
        }
        if (await GrainFactory.GetGrain<IManagerGrain>(leaverId).GetSnapshot() is not { } leaver)
        {
            return Refusal.NotRegistered(Thing.Staff, leaverId);
        }
        var approver = new Approver(applicant.StaffId, applicant.InstitutionId,
            applicant.Has(StaffRole.TeamLead), applicant.Has(StaffRole.InstitutionHead), applicant.Has(StaffRole.ManagementDepartment));
        if (Departures.MayFile(approver, leaver.InstitutionId) is { } forbidden)
        {
            return forbidden;
        }
        // The portfolio the terminals keep, and the leaver's institution's terminals for any registered before it was kept.
        var institution = await GrainFactory.GetGrain<IInstitutionGrain>(leaver.InstitutionId).GetSnapshot();
        var filed = new List<TransferView>();
        var leftOut = new List<TerminalLeftOut>();
        foreach (var terminalId in (await List()).Union(institution?.Terminals ?? []).Order(StringComparer.Ordinal))
        {
            if (await GrainFactory.GetGrain<ITerminalGrain>(terminalId).GetSnapshot() is not { } terminal || terminal.MaintainerId != leaverId)
            {
                continue;
            }
            var outcome = await GrainFactory.GetGrain<ITransferGrain>(TransferIds.New("TR")).File(terminalId, TransferKind.Departure, toStaffId, reason, applicant);
            if (outcome.Value is { } view)
            {
                filed.Add(view);
            }
            else
            {
                leftOut.Add(new(terminalId, outcome.Refusal!));
            }
        }
        return Outcome<Departure>.Ok(new(filed, leftOut));
    }
}
