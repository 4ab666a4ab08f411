using Actors.Contracts.Worklist;
using Actors.Grains.ReadModels;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Actors.Grains.Infrastructure;

internal static partial class WorklistFeed
{
    /// <summary>
    /// Sends the entity's work to its institution's worklist book, after the change is durable, when it differs from
    /// what this activation sent last (a sale or a deposit seldom moves a worklist); returns what was sent. A failed send
    /// is logged, not thrown: the change stands, and <c>silo rebuild-read-models</c> reads the entity again.
    /// </summary>
    public static async Task<string?> FeedWorklistAsync(this Grain grain, ILogger logger, WorkSource work, string? lastSent)
    {
        var text = ReadModelRows<WorkSource>.Text(work with { At = default });
        if (text == lastSent)
        {
            return lastSent;
        }
        try
        {
            await grain.GrainContext.ActivationServices.GetRequiredService<IGrainFactory>().GetGrain<IWorklistBookGrain>(work.InstitutionId).Put(work);
            return text;
        }
        catch (Exception ex)
        {
            LogFeedFailed(logger, ex, work.Key, work.InstitutionId);
            return lastSent;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not send the work of {Entity} to the worklist book of {InstitutionId}")]
    private static partial void LogFeedFailed(ILogger logger, Exception ex, string entity, string institutionId);
}
