using Actors.Contracts.Institutions;
using Actors.Contracts.Terminals;
using Actors.Domain.Terminals;
using Actors.Grains.Infrastructure;

namespace Actors.Grains.Transfers;

[GenerateSerializer, Alias("bg.InactiveTerminalsState.v1")]
public sealed class InactiveTerminalsState
{
    [Id(0)] public Dictionary<string, InactiveTerminalList> Months { get; set; } = [];
    [Id(1)] public DateTimeOffset? ClockArmedAt { get; set; }
}

/// <summary>
/// An institution's month-end inactive lists (brief §2): at 00:00 on the 1st its durable clock fires, the terminals
/// are read and the list of the month just ended is kept; then the clock moves to the next month end.
/// </summary>
public sealed class InactiveTerminalsGrain(
    [PersistentState("inactiveTerminals")] IPersistentState<InactiveTerminalsState> state,
    BankRules rules) : Grain, IInactiveTerminalsGrain, IRemindable
{
    private InactiveTerminalsState S => state.State;

    /// <summary>Start interleaves with a month-end run: it must then leave the clock and the state to the run.</summary>
    private bool _running;

    public async Task Start()
    {
        if (_running || (S.ClockArmedAt is { } armed && armed > rules.Now))
        {
            return;
        }
        S.ClockArmedAt = await this.ArmAsync(S.ClockArmedAt, InactiveList.NextMonthEnd(rules.Now, rules.Clock), rules.Now);
        await state.WriteStateAsync();
    }

    public Task<InactiveTerminalList?> Get(string month) => Task.FromResult(S.Months.GetValueOrDefault(month));

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        _running = true;
        try
        {
            await MakeList();
        }
        finally
        {
            _running = false;
        }
    }

    public async Task<InactiveTerminalList?> ListEarlierMonth(DateOnly month)
    {
        var first = ActivationClaims.FirstOfMonth(month);
        var key = ActivationClaims.MonthKey(first);
        if (!S.Months.ContainsKey(key) && ActivationClaims.MonthEndOf(first, rules.Clock) <= rules.Now)
        {
            S.Months[key] = await ListOf(first, rules.Now);
            await state.WriteStateAsync();
        }
        return S.Months.GetValueOrDefault(key);
    }

    private async Task MakeList()
    {
        var now = rules.Now;
        var month = InactiveList.MonthJustEnded(now, rules.Clock);
        var key = ActivationClaims.MonthKey(month);
        if (!S.Months.ContainsKey(key) && S.ClockArmedAt is { } armed && now >= armed)
        {
            S.Months[key] = await ListOf(month, now);
        }
        S.ClockArmedAt = await this.ArmAsync(null, InactiveList.NextMonthEnd(now, rules.Clock), now);
        await state.WriteStateAsync();
    }

    /// <summary>The terminals of this institution inactive at the month's end (the 30-day rule at that instant).</summary>
    private async Task<InactiveTerminalList> ListOf(DateOnly month, DateTimeOffset now)
    {
        var monthEnd = ActivationClaims.MonthEndOf(month, rules.Clock);
        var institution = await GrainFactory.GetGrain<IInstitutionGrain>(this.GetPrimaryKeyString()).GetSnapshot();
        var listed = new List<InactiveTerminal>();
        foreach (var id in institution?.Terminals ?? [])
        {
            if (await GrainFactory.GetGrain<ITerminalGrain>(id).GetSnapshot() is { InactiveAt: { } inactiveAt } t && InactiveList.IsListed(inactiveAt, monthEnd))
            {
                listed.Add(new(id, t.MerchantName, t.MaintainerId, t.InactiveAt));
            }
        }
        return new(this.GetPrimaryKeyString(), ActivationClaims.MonthKey(month), now, listed);
    }
}
