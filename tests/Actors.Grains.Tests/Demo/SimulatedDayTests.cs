using System.Collections.Concurrent;
using Actors.Contracts;
using Actors.Contracts.Collections;
using Actors.Contracts.Events;
using Actors.Contracts.Institutions;
using Actors.Contracts.Loans;
using Actors.Contracts.Lobby;
using Actors.Contracts.Screens;
using Actors.Domain.Loans;
using Actors.Grains.Tests.Support;
using Actors.Hosting.Demo;
using Orleans.Streams;

namespace Actors.Grains.Tests.Demo;

public sealed class SimulatedDayTests
{
    /// <summary>Tuesday 10 March 2026: a loan disbursed on Tuesday 10 February falls due on it.</summary>
    private static readonly DateOnly Day = new(2026, 3, 10);

    private static readonly string[] SubBranches = ["SB-FT", "SB-NS"];

    /// <summary>A lighter day than the demo's default, so a test plays it in seconds.</summary>
    private static void Options(DemoOptions o)
    {
        o.Seed = 7;
        o.ArrivalsPerHour = 6;
        o.SalesPerTerminal = 2;
        o.DueLoansPerBranch = 4;
        o.CollectionCallsPerBranch = 4;
    }

    [Fact]
    public async Task A_simulated_day_plays_the_lobby_repayments_the_cut_off_and_collections_through_the_grains()
    {
        await using var grid = await DemoGrid.StartAsync(Cst.At(Day, 8), Options);
        var deltas = new ConcurrentQueue<LobbyDelta>();
        var events = new ConcurrentQueue<GridEvent>();
        var streams = grid.Client.GetStreamProvider(GridStreams.ProviderName);
        foreach (var branch in SubBranches)
        {
            await streams.GetStream<LobbyDelta>(ScreenStreams.Lobby(branch)).SubscribeAsync((d, _) => Enqueue(deltas, d));
            await streams.GetStream<GridEvent>(GridStreams.ForInstitution(branch)).SubscribeAsync((e, _) => Enqueue(events, e));
        }

        await grid.PlayUntil(Cst.At(Day, 18, 20));

        // Before the evening calls: the loans that missed today's 18:00 cut-off were moved to M1 by their own clocks.
        var dueToday = await LoansDueOn(grid.Client, Day);
        Assert.Contains(dueToday, l => l.Stage == LoanStage.Current && l.Installments.Single(i => i.DueDate == Day).Paid > 0);
        var missed = await Eventually.Until(async () => (await LoansDueOn(grid.Client, Day))
                .Where(l => l.Stage == LoanStage.M1 && l.Collections.StageEnteredAt == Cst.At(Day, 18)).ToList(),
            l => l.Count >= 2, "loans that missed the cut-off are overdue from 18:00 by their own clocks");
        Assert.All(missed, l => Assert.Equal(1, l.DaysPastDue));

        await grid.PlayUntil(Cst.At(Day, 23));

        var lobby = (await grid.Client.GetGrain<ILobbyGrain>("SB-FT").GetView())!;
        Assert.True(lobby.Stats.FinishedToday >= 10, $"finished today: {lobby.Stats.FinishedToday}");
        Assert.Equal(0, lobby.Stats.Waiting);
        Assert.All(lobby.Desks, d => Assert.False(d.Open));
        var signals = deltas.Where(d => d.BranchId == "SB-FT").SelectMany(d => d.Tickets).Where(t => t.Premium).SelectMany(t => t.PremiumSignals).ToHashSet();
        Assert.Contains("LargeDepositCertificate", signals);
        Assert.Contains("VipCardOtherBank", signals);
        Assert.Contains("KnownPremiumClient", signals);
        Assert.Contains(signals, s => s.StartsWith("ManualFlag:", StringComparison.Ordinal));
        Assert.Equal([ComplaintStatus.ResolvedOnTheSpot, ComplaintStatus.Escalated], lobby.Complaints.Select(c => c.Status).Order());
        Assert.Single((await grid.Client.GetGrain<ILobbyGrain>("SB-FT").GetProspects(null))!);

        Assert.Contains(events, e => e is RepaymentApplied);
        Assert.True(events.OfType<PromiseRecorded>().Count() >= 2);
        await Eventually.Until(() => Task.FromResult(events.OfType<PromiseResolved>().ToList()),
            r => r.Any(p => p.Status == PromiseStatus.Broken) && r.Any(p => p.Status == PromiseStatus.Kept),
            "promises are kept by repayments and broken at the end of their window by the loans' clocks");
        var board = await Eventually.Until(() => grid.Client.GetGrain<ICollectionsBoardGrain>("BR-SZ").GetView(),
            b => b.BrokenPromisesToday.Count > 0, "the branch's wall board shows today's broken promises");
        Assert.Contains(board.Collectors, c => c.Calls > 0 && c.Promises > 0);
        // Customers who came in after the desks closed were closed at 18:30 by the lobby's own clock, not served.
        Assert.True(lobby.Day.Closed);
        Assert.True(lobby.Stats.NotServedToday >= 1, $"not served at close: {lobby.Stats.NotServedToday}");
        Assert.Contains(lobby.Desks, d => d.NameZh == "贵宾室");

        // Midnight: the day is kept with them, and the next morning's lobby is empty until its first customer.
        await grid.PlayUntil(Cst.At(Day.AddDays(1), 8));
        var kept = (await grid.Client.GetGrain<ILobbyGrain>("SB-FT").GetDay(Day))!;
        Assert.True(kept.Closed);
        Assert.Equal((lobby.Stats.FinishedToday, lobby.Stats.NotServedToday), (kept.Total.Served, kept.Total.NotServedAtClose));
        var morning = (await grid.Client.GetGrain<ILobbyGrain>("SB-FT").GetView())!;
        Assert.Equal((0, Day.AddDays(1)), (morning.Tickets.Count, morning.Day.Date));
    }

    [Fact]
    public async Task The_same_seed_plays_the_same_day()
    {
        // Two grids of their own, side by side: nothing is shared but the seed.
        var runs = await Task.WhenAll(PlayDay(), PlayDay());
        var (first, second) = (runs[0], runs[1]);

        Assert.True(first.Count > 150, $"only {first.Count} actions");
        Assert.Equal(first, second);
    }

    [Fact]
    public async Task When_a_month_back_was_a_weekend_the_loans_falling_due_were_disbursed_earlier_and_start_the_day_up_to_date()
    {
        // Tuesday 24 November 2026: 24 October was a Saturday, so the demo's loans were disbursed on Thursday 24 September.
        var day = new DateOnly(2026, 11, 24);
        await using var grid = await DemoGrid.StartAsync(Cst.At(day, 8), o =>
        {
            Options(o);
            (o.ArrivalsPerHour, o.SalesPerTerminal, o.CollectionCallsPerBranch) = (0, 0, 10);
        });

        await grid.PlayUntil(Cst.At(day, 12));

        var booked = (await LoansDueOn(grid.Client, day)).Where(l => l.LoanId.Contains("-L20261124-", StringComparison.Ordinal)).ToList();
        Assert.Equal(8, booked.Count);
        Assert.All(booked, l =>
        {
            Assert.Equal(new DateOnly(2026, 9, 24), l.DisbursedOn);
            Assert.Equal(l.Installments[0].Amount, l.Installments[0].Paid);
            Assert.Equal(0, l.DaysPastDue);
        });
        // Their arrears were paid before the morning was planned: the collectors' morning round leaves them alone, and
        // the only calls they get by noon are today's reminders.
        Assert.All(booked.SelectMany(l => l.Collections.Calls), c => Assert.StartsWith("reminded", c.Note, StringComparison.Ordinal));
        Assert.Contains(grid.Simulator.Log.Snapshot(), a => a.Action == "call" && a.Result.Contains("M1", StringComparison.Ordinal));
    }

    private static async Task<IReadOnlyList<string>> PlayDay()
    {
        // Fewer customers and sales than the other test: every story of the day still plays, in less time.
        await using var grid = await DemoGrid.StartAsync(Cst.At(Day, 8), o =>
        {
            Options(o);
            o.ArrivalsPerHour = 3;
            o.SalesPerTerminal = 1;
        });
        await grid.PlayUntil(Cst.At(Day, 23));
        return [.. grid.Simulator.Log.Snapshot().Select(a => a.ToString())];
    }

    private static async Task<IReadOnlyList<LoanSnapshot>> LoansDueOn(IClusterClient client, DateOnly date)
    {
        var loans = new List<LoanSnapshot>();
        foreach (var branch in SubBranches)
        {
            foreach (var id in (await client.GetGrain<IInstitutionGrain>(branch).GetSnapshot())!.Loans)
            {
                if (await client.GetGrain<ILoanGrain>(id).GetSnapshot() is { } loan && loan.Installments.Any(i => i.DueDate == date))
                {
                    loans.Add(loan);
                }
            }
        }
        return loans;
    }

    private static Task Enqueue<T>(ConcurrentQueue<T> queue, T item)
    {
        queue.Enqueue(item);
        return Task.CompletedTask;
    }
}
