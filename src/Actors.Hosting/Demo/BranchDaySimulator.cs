using Actors.Grains.Infrastructure;
using Actors.Hosting.Demo.Scenes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Actors.Hosting.Demo;

/// <summary>
/// Plays the demo network's business days one after another on the business clock: at 08:30 the back office reads the
/// network and books the loans falling due, then the day's agenda (tickets, desks, repayments, calls, promises, POS
/// sales) is played action by action, each at its instant, through the same grain calls as the API, the kiosk and the
/// desks. The grains' own durable clocks do the rest (the 18:00 cut-off, promises broken at the end of their window,
/// waits passing their target). Then it waits for the next morning and plays the next day.
/// </summary>
public sealed partial class BranchDaySimulator(
    IGrainFactory grains,
    BankRules rules,
    [FromKeyedServices(BankRules.ClockKey)] TimeProvider time,
    IOptions<DemoOptions> options,
    DemoClockMark mark,
    IHostApplicationLifetime lifetime,
    ILogger<BranchDaySimulator> logger) : BackgroundService
{
    private readonly Lock _gate = new();
    private DateTimeOffset? _waitingFor;
    private TaskCompletionSource<DateTimeOffset>? _nextWait;

    /// <summary>What the simulated days have done, most recent last.</summary>
    public DemoActionLog Log { get; } = new();

    /// <summary>
    /// For whoever moves a fake business clock (tests): the instant the simulator waits for next, once it waits for one
    /// later than <paramref name="after"/>, i.e. once it has played everything due by then.
    /// </summary>
    public Task<DateTimeOffset> NextWaitAfter(DateTimeOffset after)
    {
        lock (_gate)
        {
            if (_waitingFor is { } waiting && waiting > after)
            {
                return Task.FromResult(waiting);
            }
            return (_nextWait ??= new(TaskCreationOptions.RunContinuationsAsynchronously)).Task;
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stop)
    {
        try
        {
            await ApplicationStarted(stop);
            var now = time.GetUtcNow();
            var today = rules.Clock.DateOf(now);
            // A day is played from its morning: started after the branch has opened, the simulator waits for the next one.
            var date = now < rules.Clock.At(today, BranchDayTimes.Opening) ? today : today.AddDays(1);
            LogStarted(logger, now, options.Value.Speed, date, options.Value.Seed);
            while (!stop.IsCancellationRequested)
            {
                await PlayDayAsync(date, stop);
                date = date.AddDays(1);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
        finally
        {
            mark.Record(time.GetUtcNow(), force: true);
        }
    }

    private async Task PlayDayAsync(DateOnly date, CancellationToken stop)
    {
        var day = new DemoDay(date, options.Value, rules, grains, Record);
        day.Plan(day.At(BranchDayTimes.Preparation), "back office", "prepare", date.ToString("yyyy-MM-dd"), () => PrepareAsync(day));
        var played = 0;
        while (day.Agenda.TryPeek(out var at))
        {
            await WaitUntil(at, stop);
            day.Agenda.TryNext(out var entry);
            Record(new DemoAction(entry.At.ToOffset(rules.Clock.UtcOffset), entry.Actor, entry.Action, entry.Subject, await PlayAsync(entry, stop)));
            mark.Record(time.GetUtcNow());
            played++;
        }
        LogDayPlayed(logger, date, played);
    }

    private void Record(DemoAction action)
    {
        Log.Add(action);
        LogPlayed(logger, action);
    }

    /// <summary>Reads the network, books the loans falling due and plans everyone's day, sub-branch by sub-branch.</summary>
    private async Task<string> PrepareAsync(DemoDay day)
    {
        var at = day.At(BranchDayTimes.Preparation);
        var subBranches = await DemoBranch.SubBranchIdsAsync(grains);
        await DemoRoster.EnsureAsync(grains, subBranches);
        var work = new LoanWork(day);
        foreach (var id in subBranches)
        {
            var branch = await DemoBranch.ReadAsync(grains, id);
            var dueLoans = new DueLoansScene(day, branch, work);
            var booked = await dueLoans.BookAsync(at);
            branch = branch.WithLoans([.. branch.Loans.Where(l => booked.All(b => b.LoanId != l.LoanId)), .. booked]);
            dueLoans.PlanBorrowers(branch.Loans);
            new LobbyScene(day, branch).Plan();
            new CollectionsScene(day, branch, work).Plan();
            new TerminalsScene(day, branch).Plan();
        }
        LogDayPlanned(logger, day.Date, subBranches.Count, day.Agenda.Count);
        return $"{subBranches.Count} sub-branches, {day.Agenda.Count} actions planned";
    }

    private async Task<string> PlayAsync(AgendaEntry entry, CancellationToken stop)
    {
        try
        {
            return await entry.Play();
        }
        catch (Exception ex) when (!stop.IsCancellationRequested)
        {
            // One refused or failed call must not stop the demo: the rest of the day goes on.
            LogActionFailed(logger, ex, entry.Actor, entry.Action, entry.Subject);
            return $"failed: {ex.GetType().Name}: {ex.Message}";
        }
    }

    /// <summary>Waits on the business clock (its timers run at the demo's speed), re-checking: a scaled timer may wake a hair early.</summary>
    private async Task WaitUntil(DateTimeOffset at, CancellationToken stop)
    {
        for (var now = time.GetUtcNow(); now < at; now = time.GetUtcNow())
        {
            // Armed before it is announced: whoever moves a fake clock on the announcement must find the timer set.
            // Rounded up to whole milliseconds, which is what Task.Delay counts in (a shorter delay would not wait at all).
            var delay = Task.Delay(TimeSpan.FromMilliseconds(Math.Ceiling((at - now).TotalMilliseconds)), time, stop);
            Waiting(at);
            await delay;
        }
        Waiting(null);
    }

    private void Waiting(DateTimeOffset? at)
    {
        TaskCompletionSource<DateTimeOffset>? waiters = null;
        lock (_gate)
        {
            _waitingFor = at;
            if (at is not null)
            {
                (waiters, _nextWait) = (_nextWait, null);
            }
        }
        waiters?.TrySetResult(at!.Value);
    }

    private async Task ApplicationStarted(CancellationToken stop)
    {
        // The seeder is a silo startup task: once the host has started, the network is there to read.
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var registration = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        await started.Task.WaitAsync(stop);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo: business clock at {Now:O}, {Speed}x real time; the simulated days start on {Date} (seed {Seed})")]
    private static partial void LogStarted(ILogger logger, DateTimeOffset now, double speed, DateOnly date, int seed);

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo day {Date}: {SubBranches} sub-branches, {Actions} actions planned")]
    private static partial void LogDayPlanned(ILogger logger, DateOnly date, int subBranches, int actions);

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo day {Date} played: {Actions} actions")]
    private static partial void LogDayPlayed(ILogger logger, DateOnly date, int actions);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Demo: {Action}")]
    private static partial void LogPlayed(ILogger logger, DemoAction action);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Demo action failed: {Actor} {Action} {Subject}")]
    private static partial void LogActionFailed(ILogger logger, Exception ex, string actor, string action, string subject);
}
