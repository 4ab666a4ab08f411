using Actors.Contracts.WorkOrders;

namespace Actors.Grains.WorkOrders;

[GenerateSerializer, Alias("bg.WorkOrderBookState.v1")]
public sealed class WorkOrderBookState
{
    [Id(0)] public bool Opened { get; set; }
    /// <summary>The first day of the next month to issue.</summary>
    [Id(1)] public DateOnly NextIssueMonth { get; set; }
    /// <summary>The next nominal report date (a 1st or a 15th).</summary>
    [Id(2)] public DateOnly NextReportDate { get; set; }
    [Id(3)] public DateTimeOffset? ClockArmedAt { get; set; }
    /// <summary>Work-order ids per month ("yyyy-MM").</summary>
    [Id(4)] public Dictionary<string, List<string>> Orders { get; set; } = [];
    [Id(5)] public Dictionary<string, DateTimeOffset> IssuedAt { get; set; } = [];
    /// <summary>Progress reports per nominal date ("yyyy-MM-dd").</summary>
    [Id(6)] public Dictionary<string, ProgressReport> Reports { get; set; } = [];
    /// <summary>The calendar years the next report day was counted on (rows of <see cref="Infrastructure.CalendarDependency"/>).</summary>
    [Id(7)] public List<int> CalendarYears { get; set; } = [];
    /// <summary>The instant of the next report, on the calendar of the last arming.</summary>
    [Id(8)] public DateTimeOffset? ReportAt { get; set; }
}
