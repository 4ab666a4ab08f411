using Actors.Contracts.Calendars;
using Actors.Grains.Calendars;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Logging;
using Orleans;
using Orleans.Runtime;

namespace Actors.Hosting.Calendars;

/// <summary>
/// Keeps this silo's calendar at the bank's book: read once as the silo becomes active (before it serves), then its
/// revision is asked every <see cref="CalendarRefreshOptions.PeriodSeconds"/>. An upload tells the entities it re-arms directly; this catches up the
/// silos' other readers (a loan's snapshot, a work-order report day) within the period.
/// </summary>
public sealed partial class CalendarRefresh(CalendarBook book, IGrainFactory grains, IOptions<CalendarRefreshOptions> options, ILogger<CalendarRefresh> logger)
    : ILifecycleParticipant<ISiloLifecycle>
{
    private TimeSpan Period { get; } = TimeSpan.FromSeconds(options.Value.PeriodSeconds);

    private readonly CancellationTokenSource _stopping = new();
    private Task _loop = Task.CompletedTask;

    public void Participate(ISiloLifecycle lifecycle) => lifecycle.Subscribe(nameof(CalendarRefresh), ServiceLifecycleStage.Active, Start, Stop);

    private async Task Start(CancellationToken cancellation)
    {
        await Refresh();
        _loop = Loop();
    }

    private async Task Stop(CancellationToken cancellation)
    {
        await _stopping.CancelAsync();
        await _loop;
    }

    private async Task Loop()
    {
        using var timer = new PeriodicTimer(Period);
        try
        {
            while (await timer.WaitForNextTickAsync(_stopping.Token))
            {
                await Refresh();
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private async Task Refresh()
    {
        try
        {
            var calendars = grains.GetGrain<ICalendarGrain>(ICalendarGrain.Key);
            if (await calendars.GetRevision() > book.Revision)
            {
                book.Take(await calendars.GetBook());
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogRefreshFailed(logger, ex, Period);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not read the bank's working calendars; this silo tries again in {Period}")]
    private static partial void LogRefreshFailed(ILogger logger, Exception ex, TimeSpan period);
}

/// <summary>How often a silo asks whether the bank's calendars changed ("Grid:Calendars").</summary>
public sealed class CalendarRefreshOptions
{
    public const string SectionName = "Grid:Calendars";

    /// <summary>Seconds between two looks at the book's revision; default 30.</summary>
    public int PeriodSeconds { get; set; } = 30;
}
