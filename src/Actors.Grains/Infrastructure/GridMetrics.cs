using System.Diagnostics.Metrics;
using Actors.Contracts.Transactions;

namespace Actors.Grains.Infrastructure;

/// <summary>What the grains report on the grid's meter (<see cref="MeterName"/>), for the operator's dashboard.</summary>
public static class GridMetrics
{
    public const string MeterName = "BranchGrid";

    private static readonly Meter Meter = new(MeterName);

    private static readonly Counter<long> Transactions = Meter.CreateCounter<long>(
        "branchgrid.transactions", "{transaction}", "Transactions answered by the entities, by type and outcome (replays counted apart).");

    private static readonly Counter<long> Clocks = Meter.CreateCounter<long>(
        "branchgrid.clocks.fired", "{clock}", "Durable clocks that came due and woke their entity, by kind of entity.");

    /// <summary>One transaction's outcome: <paramref name="type"/> is posSale, repayment, deposit or withdrawal.</summary>
    public static TransactionOutcome Answered(string type, TransactionOutcome outcome)
    {
        Transactions.Add(1,
            new KeyValuePair<string, object?>("type", type),
            new KeyValuePair<string, object?>("outcome", outcome.Replayed ? "replayed" : Outcome(outcome.Status)));
        return outcome;
    }

    public static void ClockFired(string kind) => Clocks.Add(1, new KeyValuePair<string, object?>("kind", kind));

    private static string Outcome(OutcomeStatus status) => status switch
    {
        OutcomeStatus.Applied => "applied",
        OutcomeStatus.UnknownEntity => "unknownEntity",
        _ => "refused",
    };
}
