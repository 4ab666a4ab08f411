using Actors.Contracts.WorkOrders;

namespace Actors.Grains.WorkOrders;

[GenerateSerializer, Alias("bg.RiskListState.v1")]
public sealed class RiskListState
{
    [Id(0)] public List<RiskReport> Reports { get; set; } = [];
}

public sealed class RiskListGrain([PersistentState("riskList")] IPersistentState<RiskListState> state) : Grain, IRiskListGrain
{
    public async Task Escalate(RiskReport report)
    {
        if (state.State.Reports.Any(r => r.ReportId == report.ReportId))
        {
            return;
        }
        state.State.Reports.Add(report);
        await state.WriteStateAsync();
    }

    /// <summary>Newest first: the department works the latest escalation first.</summary>
    public Task<IReadOnlyList<RiskReport>> List() =>
        Task.FromResult<IReadOnlyList<RiskReport>>([.. state.State.Reports.OrderByDescending(r => r.ReportedAt)]);
}
