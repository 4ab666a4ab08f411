using Orleans.Providers;

namespace Actors.Hosting.Storage;

/// <summary>
/// Names of the grain storage providers registered by <see cref="EmbeddedStoreExtensions.UseEmbeddedStore"/>.
/// </summary>
public static class EmbeddedStoreNames
{
    /// <summary>
    /// The default grain storage: used by <c>[PersistentState("x")]</c> without a storage name.
    /// </summary>
    public const string Default = ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME;

    /// <summary>The storage that Orleans stream providers use for pub/sub subscriptions.</summary>
    public const string PubSubStore = ProviderConstants.DEFAULT_PUBSUB_PROVIDER_NAME;
}
