using Actors.Contracts.Clients;
using Actors.Contracts.Institutions;
using Actors.Contracts.Statistics;
using Actors.Contracts.Terminals;
using Actors.Domain.Terminals;
using Actors.Grains.Infrastructure;
using Actors.Grains.Institutions;

namespace Actors.Grains.Statistics;

[GenerateSerializer, Alias("bg.MonthEndStatisticsState.v1")]
public sealed class MonthEndStatisticsState
{
    /// <summary>Month ("YYYY-MM") → its statistics, written once when the month closed.</summary>
    [Id(0)] public Dictionary<string, MonthStatistics> Months { get; set; } = [];
    /// <summary>The 1st of the next month to close; null until the clock is started.</summary>
    [Id(1)] public DateOnly? NextMonth { get; set; }
    [Id(2)] public DateTimeOffset? ClockArmedAt { get; set; }
}

/// <summary>
/// An institution's month-end statistics: at 00:00 on the 1st its durable clock fires and the month just ended is read
/// (the managers' KPIs of the institution and everything beneath it, the terminals of each sub-branch) and kept as it
/// stood then. After downtime every month missed is closed in turn, each at its own month-end instant.
/// </summary>
public sealed class MonthEndStatisticsGrain(
    [PersistentState("monthEndStatistics")] IPersistentState<MonthEndStatisticsState> state,
    BankRules rules) : Grain, IMonthEndStatisticsGrain, IRemindable
{
    private MonthEndStatisticsState S => state.State;
    private string Id => this.GetPrimaryKeyString();

    /// <summary>Start interleaves with a month-end run: it must then leave the clock and the state to the run.</summary>
    private bool _running;

    public async Task Start()
    {
        if (_running || (S.NextMonth is not null && S.ClockArmedAt is { } armed && armed > rules.Now))
        {
            return;
        }
        S.NextMonth ??= ActivationClaims.FirstOfMonth(rules.Today);
        await ArmAndWrite();
    }

    public Task<MonthStatistics?> Get(string month) => Task.FromResult(S.Months.GetValueOrDefault(month));

    public async Task<MonthStatistics?> CloseEarlierMonth(DateOnly month)
    {
        var first = ActivationClaims.FirstOfMonth(month);
        var key = ActivationClaims.MonthKey(first);
        if (S.Months.TryGetValue(key, out var closed) || ActivationClaims.MonthEndOf(first, rules.Clock) > rules.Now
            || (S.NextMonth is { } next && first >= next))
        {
            return closed;
        }
        if (await Close(first) is { } statistics)
        {
            S.Months[key] = statistics;
            await state.WriteStateAsync();
        }
        return S.Months.GetValueOrDefault(key);
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        _running = true;
        try
        {
            while (S.NextMonth is { } month && ActivationClaims.MonthEndOf(month, rules.Clock) <= rules.Now)
            {
                var key = ActivationClaims.MonthKey(month);
                if (!S.Months.ContainsKey(key) && await Close(month) is { } statistics)
                {
                    S.Months[key] = statistics;
                }
                S.NextMonth = month.AddMonths(1);
            }
            if (S.NextMonth is not null)
            {
                await ArmAndWrite();
            }
        }
        finally
        {
            _running = false;
        }
    }

    private async Task ArmAndWrite()
    {
        S.ClockArmedAt = await this.ArmAsync(S.ClockArmedAt, ActivationClaims.MonthEndOf(S.NextMonth!.Value, rules.Clock), rules.Now);
        await state.WriteStateAsync();
    }

    /// <summary>
    /// Lists are kept as List: the stored JSON names each collection's type, and the store reads back only types it
    /// allows (a collection expression's own compiler-made type is not one of them).
    /// </summary>
    private async Task<MonthStatistics?> Close(DateOnly month)
    {
        var monthEnd = ActivationClaims.MonthEndOf(month, rules.Clock);
        var tree = await InstitutionTree.ReadAsync(GrainFactory, Id);
        if (tree is null || await GrainFactory.GetGrain<IClientBookGrain>(Id).Kpis(month, rules.Clock.DateOf(monthEnd)) is not { } kpis)
        {
            return null;
        }
        var key = ActivationClaims.MonthKey(month);
        var terminals = new Dictionary<string, TerminalTally>(StringComparer.Ordinal);
        foreach (var institution in tree)
        {
            var facts = await Task.WhenAll(institution.Terminals.Select(id => FactsOf(id, key)));
            terminals[institution.InstitutionId] = TerminalTally.Of(facts.OfType<TerminalMonthFacts>(), monthEnd);
        }
        return new(
            Id, tree[0].Name, key, monthEnd, kpis.DormantAfterDays, kpis.Institution, TerminalTally.Sum(terminals.Values),
            kpis.SubBranches.Select(s => new SubBranchStatistics(s.InstitutionId, s.Name, s.Figures, s.Targets, terminals[s.InstitutionId])).ToList(),
            kpis.Managers.ToList());
    }

    private async Task<TerminalMonthFacts?> FactsOf(string terminalId, string month)
    {
        var terminal = GrainFactory.GetGrain<ITerminalGrain>(terminalId);
        return await terminal.GetSnapshot() is { } t ? new(t.SignedUpAt, t.InactiveAt, await terminal.ActiveInMonth(month)) : null;
    }
}
