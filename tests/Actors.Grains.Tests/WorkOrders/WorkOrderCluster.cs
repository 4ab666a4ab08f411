using Actors.Grains.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Actors.Grains.Tests.WorkOrders;

/// <summary>
/// Work-order tests move the clock across month starts (every book in the silo issues then), so they get a cluster and
/// a clock of their own instead of sharing the grid collection's.
/// </summary>
public sealed class WorkOrderClusterFixture : IAsyncLifetime
{
    /// <summary>Monday 2 March 2026, 09:00 China Standard Time.</summary>
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8));

    private readonly string _dataDirectory = TempDirectory.Create();

    public GridCluster Grid { get; private set; } = null!;

    public async Task InitializeAsync() => Grid = await GridCluster.StartAsync(_dataDirectory, new FakeTimeProvider(Start), "work-order-tests");

    public async Task DisposeAsync()
    {
        await Grid.DisposeAsync();
        TempDirectory.Delete(_dataDirectory);
    }
}

[CollectionDefinition(Name)]
public sealed class WorkOrderCollection : ICollectionFixture<WorkOrderClusterFixture>
{
    public const string Name = "work-orders";
}
