using Orleans.Concurrency;

namespace Actors.Contracts.Terminals;

/// <summary>An institution's monthly inactive-terminal lists, generated at each month end by its own durable clock. Keyed by institution id.</summary>
public interface IInactiveTerminalsGrain : IGrainWithStringKey
{
    /// <summary>Arms the month-end clock if it is not armed (idempotent). Interleaves: a terminal registering during a month-end run must not wait on it.</summary>
    [AlwaysInterleave]
    Task Start();

    /// <summary>The list for a month ("YYYY-MM"), or null when it was not generated.</summary>
    Task<InactiveTerminalList?> Get(string month);

    /// <summary>Makes the list of a month that ended before the grid ran, once (see IMonthEndStatisticsGrain.CloseEarlierMonth).</summary>
    Task<InactiveTerminalList?> ListEarlierMonth(DateOnly month);
}

[GenerateSerializer, Immutable, Alias("bg.InactiveTerminal")]
public sealed record InactiveTerminal(string TerminalId, string MerchantName, string MaintainerId, DateTimeOffset? InactiveSince);

[GenerateSerializer, Immutable, Alias("bg.InactiveTerminalList")]
public sealed record InactiveTerminalList(string InstitutionId, string Month, DateTimeOffset GeneratedAt, IReadOnlyList<InactiveTerminal> Terminals);
