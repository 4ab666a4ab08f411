namespace Actors.Domain;

/// <summary>Collections thresholds (brief §5), bound from "Rules:Collections".</summary>
public sealed class CollectionsRules
{
    /// <summary>
    /// A promise to pay gets its follow-up call within this many minutes either side of the promised instant, and is
    /// broken if not kept by the end of that window ("within an hour either side of the promised time").
    /// </summary>
    public int FollowUpWindowMinutes { get; set; } = 60;

    /// <summary>A different collector takes over a loan more than this many days past due ... ("more than 10 days overdue").</summary>
    public int HandOverAfterDaysPastDue { get; set; } = 10;

    /// <summary>... with at least this many broken promises taken since its collector was assigned (our default for "several": 2).</summary>
    public int HandOverBrokenPromises { get; set; } = 2;

    /// <summary>The wall board lists open promises whose promised instant is at most this many minutes away ("due in the next hour").</summary>
    public int PromisesDueLookaheadMinutes { get; set; } = 60;

    /// <summary>
    /// A promise is for at most this many days ahead (our default: 60). A borrower who needs longer is renegotiating
    /// the loan, not promising; a date further out is a typing mistake that would sit on the board for years.
    /// </summary>
    public int MaxPromiseDaysAhead { get; set; } = 60;

    /// <summary>
    /// What each collector is expected to bring in on a business day, in CNY, shown on the wall board against what they
    /// collected today (our default: 50,000; the documents set no figure).
    /// </summary>
    public decimal DailyCollectionTarget { get; set; } = 50_000m;

    public TimeSpan FollowUpWindow => TimeSpan.FromMinutes(FollowUpWindowMinutes);
    public TimeSpan PromisesDueLookahead => TimeSpan.FromMinutes(PromisesDueLookaheadMinutes);
}
