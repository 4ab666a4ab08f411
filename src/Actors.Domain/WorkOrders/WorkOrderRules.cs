namespace Actors.Domain.WorkOrders;

/// <summary>The after-sales visit thresholds (brief §3), bound from "Rules:WorkOrders".</summary>
public sealed class WorkOrderRules
{
    /// <summary>A client with a loan maturing within this many months of the issue date gets the focused visit.</summary>
    public int FocusMonthsToMaturity { get; set; } = 2;

    /// <summary>Local time of the 1st/15th progress report (our default: 09:00, like the other 1st/15th batches).</summary>
    public TimeOnly ProgressReportAt { get; set; } = new(9, 0);

    /// <summary>Photos one work order may carry (our default).</summary>
    public int MaxPhotos { get; set; } = 20;
}
