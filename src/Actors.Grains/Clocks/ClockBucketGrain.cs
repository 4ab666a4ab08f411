using Actors.Contracts.Clocks;
using Actors.Grains.Infrastructure;
using Actors.Storage;
using Microsoft.Extensions.Logging;

namespace Actors.Grains.Clocks;

/// <summary>
/// One bucket of the clock table: a single durable reminder at the earliest instant of its rows. When it fires, every
/// entity of the bucket that is due is woken (<see cref="IClockTarget.ClockDue"/>); each re-arms its own row in the
/// commit of its state; then the reminder moves to the bucket's next instant.
/// </summary>
public sealed partial class ClockBucketGrain(IGridStore store, BankRules rules, ILogger<ClockBucketGrain> logger) : Grain, IClockBucketGrain, IRemindable
{
    private const string ReminderName = "bucket";

    /// <summary>Entities woken at once: each wake is a grain call and a state write, which the store commits together.</summary>
    private const int Page = 256;

    /// <summary>Entities still due after a sweep (a wake failed) are tried again after this.</summary>
    private static readonly TimeSpan RetryPeriod = TimeSpan.FromMinutes(1);

    /// <summary>The instant the reminder should be at (null: none); meaningful once <see cref="_known"/>.</summary>
    private DateTimeOffset? _wanted;
    private bool _known;
    /// <summary>The instant this activation last gave the reminder; <see cref="Stale"/> when it must be given again.</summary>
    private DateTimeOffset? _registered = Stale;
    private Task _registering = Task.CompletedTask;
    private bool _sweeping;
    private DateTimeOffset? _askedDuringSweep;

    private static readonly DateTimeOffset Stale = DateTimeOffset.MinValue;

    private int Bucket => (int)this.GetPrimaryKeyLong();

    public async Task Arm(DateTimeOffset at)
    {
        if (_sweeping)
        {
            // The sweep sets the reminder when it ends, from the table and from what was asked meanwhile.
            _askedDuringSweep = Earlier(_askedDuringSweep, at);
            return;
        }
        if (!_known)
        {
            _wanted = Earlier(_wanted, await store.ReadNextClockAsync(Bucket));
            _known = true;
        }
        if (_wanted is { } wanted && wanted <= at && _registered == wanted)
        {
            return;
        }
        _wanted = Earlier(_wanted, at);
        await Register();
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName != ReminderName)
        {
            return;
        }
        var now = rules.Now;
        (_sweeping, _askedDuringSweep) = (true, null);
        try
        {
            await WakeDue(now);
        }
        finally
        {
            _sweeping = false;
        }
        var next = Earlier(await store.ReadNextClockAsync(Bucket), _askedDuringSweep);
        (_wanted, _known, _registered) = (next is { } n && n <= now ? now + RetryPeriod : next, true, Stale);
        await Register();
    }

    /// <summary>Wakes the due entities a page at a time, each once per sweep (one that stays due is retried later).</summary>
    private async Task WakeDue(DateTimeOffset now)
    {
        var tried = new HashSet<string>(StringComparer.Ordinal);
        while (true)
        {
            var limit = tried.Count + Page;
            var due = await store.ReadDueClocksAsync(Bucket, now, limit);
            var fresh = due.Where(tried.Add).ToList();
            await Task.WhenAll(fresh.Select(Wake));
            if (due.Count < limit || fresh.Count == 0)
            {
                return;
            }
        }
    }

    private async Task Wake(string entity)
    {
        var id = GrainId.Parse(entity);
        try
        {
            await GrainFactory.GetGrain<IClockTarget>(id).ClockDue();
            GridMetrics.ClockFired(id.Type.ToString()!);
        }
        catch (Exception ex)
        {
            LogWakeFailed(logger, ex, entity, Bucket);
        }
    }

    /// <summary>Gives the reminder the wanted instant; registrations run one after another, each with the latest wish.</summary>
    private Task Register()
    {
        _registering = After(_registering);
        return _registering;

        async Task After(Task previous)
        {
            try
            {
                await previous;
            }
            catch (Exception)
            {
                // That registration is retried by this one.
            }
            var target = _wanted;
            if (target == _registered)
            {
                return;
            }
            if (target is null)
            {
                if (await this.GetReminder(ReminderName) is { } reminder)
                {
                    await this.UnregisterReminder(reminder);
                }
            }
            else
            {
                var due = target.Value - rules.Now;
                await this.RegisterOrUpdateReminder(ReminderName, due < TimeSpan.Zero ? TimeSpan.Zero : due, RetryPeriod);
            }
            _registered = target;
        }
    }

    private static DateTimeOffset? Earlier(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : a < b ? a : b;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not wake {Entity} from clock bucket {Bucket}; it is tried again in a minute")]
    private static partial void LogWakeFailed(ILogger logger, Exception ex, string entity, int bucket);
}
