using Actors.Contracts;
using Actors.Contracts.Collections;
using Actors.Contracts.Events;
using Actors.Contracts.Loans;
using Actors.Contracts.Screens;
using Microsoft.Extensions.Logging;
using Orleans.Streams;
using Orleans.Streams.Core;

namespace Actors.Grains.Collections;

/// <summary>Receives every event of one institution's stream and tells the collections boards about the loans it concerns.</summary>
public interface ICollectionsRelayGrain : IGrainWithStringKey;

/// <summary>
/// Keyed by institution id, activated by the first event on the institution's stream. For each loan event it asks the
/// loan for its current collections summary (absolute values, so order and repeats do not matter) and hands it to the
/// loan's branch room and to the central room; each board keeps the loan only if it concerns that room.
/// </summary>
[ImplicitStreamSubscription(GridStreams.InstitutionNamespace)]
public sealed partial class CollectionsRelayGrain(ILogger<CollectionsRelayGrain> logger)
    : Grain, ICollectionsRelayGrain, IStreamSubscriptionObserver, IAsyncObserver<GridEvent>
{
    public async Task OnSubscribed(IStreamSubscriptionHandleFactory handleFactory) =>
        await handleFactory.Create<GridEvent>().ResumeAsync(this);

    public async Task OnNextAsync(GridEvent item, StreamSequenceToken? token = null)
    {
        if (LoanOf(item) is not { } loanId)
        {
            return;
        }
        try
        {
            if (await GrainFactory.GetGrain<ILoanGrain>(loanId).GetCollectionsSummary() is { } summary)
            {
                await Task.WhenAll(
                    GrainFactory.GetGrain<ICollectionsBoardGrain>(summary.BranchRoomId).LoanChanged(summary),
                    GrainFactory.GetGrain<ICollectionsBoardGrain>(ScreenStreams.CentralRoom).LoanChanged(summary));
            }
        }
        catch (Exception ex)
        {
            // A board that missed a loan is put right by its next rebuild (on activation or on request).
            LogRelayFailed(logger, ex, loanId);
        }
    }

    public Task OnCompletedAsync() => Task.CompletedTask;

    public Task OnErrorAsync(Exception ex) => Task.CompletedTask;

    private static string? LoanOf(GridEvent item) => item switch
    {
        RepaymentApplied e => e.LoanId,
        LoanStatusChanged e => e.LoanId,
        CallLogged e => e.LoanId,
        PromiseRecorded e => e.LoanId,
        PromiseResolved e => e.LoanId,
        CollectorChanged e => e.LoanId,
        HandOverRequired e => e.LoanId,
        _ => null,
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not relay loan {LoanId} to the collections boards")]
    private static partial void LogRelayFailed(ILogger logger, Exception ex, string loanId);
}
