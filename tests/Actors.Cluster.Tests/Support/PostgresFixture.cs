namespace Actors.Cluster.Tests.Support;

/// <summary>One PostgreSQL server for the whole test run; each test creates its own database on it.</summary>
public sealed class PostgresFixture : IAsyncLifetime
{
    public PostgresServer Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await PostgresServer.StartAsync();

    public async Task DisposeAsync() => await Server.DisposeAsync();
}

/// <summary>
/// Every test of this project: they share the server and run one after the other (silo processes and
/// in-process clusters compete for the same two cores otherwise).
/// </summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresFixture>
{
    public const string Name = "PostgreSQL server";
}
