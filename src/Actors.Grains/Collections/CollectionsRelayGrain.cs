using Actors.Contracts;
using Actors.Contracts.Collections;
using Actors.Contracts.Events;
using Microsoft.Extensions.Logging;
using Orleans.Streams;
using Orleans.Streams.Core;

namespace Actors.Grains.Collections;

/// <summary>Receives the collections feed of one institution and hands each loan's summary to the boards it names.</summary>
public interface ICollectionsRelayGrain : IGrainWithStringKey;

/// <summary>
/// Keyed by institution id, activated by the first event on the institution's collections stream (which carries only
/// <see cref="LoanCollectionsChanged"/>). The event carries the summary and its rooms, so the relay calls the boards
/// concerned and nothing else; each board keeps the summary of the highest revision, so order and repeats do not matter.
/// </summary>
[ImplicitStreamSubscription(GridStreams.CollectionsNamespace)]
public sealed partial class CollectionsRelayGrain(ILogger<CollectionsRelayGrain> logger)
    : Grain, ICollectionsRelayGrain, IStreamSubscriptionObserver, IAsyncObserver<GridEvent>
{
    public async Task OnSubscribed(IStreamSubscriptionHandleFactory handleFactory) =>
        await handleFactory.Create<GridEvent>().ResumeAsync(this);

    public async Task OnNextAsync(GridEvent item, StreamSequenceToken? token = null)
    {
        if (item is not LoanCollectionsChanged change)
        {
            return;
        }
        try
        {
            await Task.WhenAll(change.Rooms.Select(room => GrainFactory.GetGrain<ICollectionsBoardGrain>(room).LoanChanged(change.Summary)));
        }
        catch (Exception ex)
        {
            // A board that missed a loan is put right by its next rebuild (on activation or on request).
            LogRelayFailed(logger, ex, change.LoanId);
        }
    }

    public Task OnCompletedAsync() => Task.CompletedTask;

    public Task OnErrorAsync(Exception ex) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not relay loan {LoanId} to the collections boards")]
    private static partial void LogRelayFailed(ILogger logger, Exception ex, string loanId);
}
