using Actors.Domain.Kpis;
using Actors.Domain.Terminals;
using Orleans.Concurrency;

namespace Actors.Contracts.Statistics;

/// <summary>
/// An institution's month-end statistics (issue 6, scope 5), keyed by institution id: frozen at 00:00 on the 1st by its
/// own durable clock for the month just ended, and never rewritten, so a later deposit or sale cannot change a closed month.
/// </summary>
public interface IMonthEndStatisticsGrain : IGrainWithStringKey
{
    /// <summary>
    /// Arms the month-end clock if it is not armed (idempotent). Interleaves: the institution calls it from Register,
    /// and a month-end run reads that institution, so neither may wait on the other.
    /// </summary>
    [AlwaysInterleave]
    Task Start();

    /// <summary>The statistics of a month ("YYYY-MM"), or null while that month is not closed.</summary>
    Task<MonthStatistics?> Get(string month);

    /// <summary>
    /// Closes a month that ended before the grid ran for this institution (its clock starts with the month it was
    /// registered in), as it stands now, once: a bank starting mid-month, or the demo, has last month's statistics at
    /// once. A month not yet ended, or already closed, is left as it is.
    /// </summary>
    Task<MonthStatistics?> CloseEarlierMonth(DateOnly month);
}

/// <summary>A sub-branch's month: its KPIs against the targets and its terminals.</summary>
[GenerateSerializer, Immutable, Alias("bg.SubBranchStatistics")]
public sealed record SubBranchStatistics(string InstitutionId, string Name, KpiFigures Figures, TargetCheck Targets, TerminalTally Terminals);

/// <summary>
/// A closed month of an institution and everything beneath it: the same KPI figures the kpis read gives (in all, per
/// sub-branch, per client manager) and the terminal counts, as they stood at <see cref="GeneratedAt"/>, the month-end instant.
/// </summary>
[GenerateSerializer, Immutable, Alias("bg.MonthStatistics")]
public sealed record MonthStatistics(
    string InstitutionId,
    string InstitutionName,
    string Month,
    DateTimeOffset GeneratedAt,
    int DormantAfterDays,
    KpiFigures Institution,
    TerminalTally Terminals,
    IReadOnlyList<SubBranchStatistics> SubBranches,
    IReadOnlyList<ManagerKpisView> Managers);
