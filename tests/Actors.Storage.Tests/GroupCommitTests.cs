using Microsoft.Data.Sqlite;

namespace Actors.Storage.Tests;

/// <summary>The embedded store's single writer: group commit, each caller's own outcome, and a failed commit failing all it carried.</summary>
public sealed class GroupCommitTests
{
    private const string Service = "group-commit-tests";

    [Fact]
    public async Task Two_thousand_concurrent_writes_commit_in_a_few_transactions_and_all_are_in_the_file()
    {
        using var dir = new TempDataDirectory();
        await SqliteSchema.MigrateAsync(dir.ConnectionString);
        await using var store = new SqliteGridStore(dir.ConnectionString, Service);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 2000).Select(i => Task.Run(() => store.WriteAsync([First($"g{i}")]))));

        Assert.All(outcomes, o => Assert.Equal(new WriteOutcome(true, 1), o));
        Assert.True(store.Commits <= 100, $"2,000 writes took {store.Commits} commits: each commit should carry every write waiting for it");
        Assert.Equal(2000, await Sql.ScalarAsync<int>(dir.ConnectionString, "SELECT COUNT(*) FROM OrleansStorage WHERE ServiceId = $s;", ("$s", Service)));
    }

    [Fact]
    public async Task In_one_commit_a_stale_version_fails_its_own_write_only_and_every_other_caller_sees_its_own_success()
    {
        using var dir = new TempDataDirectory();
        await SqliteSchema.MigrateAsync(dir.ConnectionString);
        await using var store = new SqliteGridStore(dir.ConnectionString, Service);
        foreach (var name in new[] { "a", "b", "c" })
        {
            Assert.True((await store.WriteAsync([First(name)])).Applied);
        }
        var before = store.Commits;

        var (opener, rest) = await InOneCommitAfterAnother(dir, store, () =>
        [
            store.WriteAsync([Next("a", version: 1), new ReceiptRow("counter/a", "tx-a", 0, null, DateTimeOffset.UnixEpoch)]),
            store.WriteAsync([Next("b", version: 7), new ReceiptRow("counter/b", "tx-b", 0, null, DateTimeOffset.UnixEpoch)]),
            store.WriteAsync([First("c"), new ReceiptRow("counter/c", "tx-c", 0, null, DateTimeOffset.UnixEpoch)]),
            store.WriteAsync([First("d"), new MemberRow("institution/X/terminal", "d")]),
        ]);

        Assert.True(opener.Applied);
        Assert.Equal([new WriteOutcome(true, 2), WriteOutcome.Conflict, WriteOutcome.Conflict, new WriteOutcome(true, 1)], rest);
        Assert.Equal(2, store.Commits - before);
        // The conflicting writes left nothing of themselves: neither their state nor the rows that came with it.
        Assert.Equal(1, await Sql.ScalarAsync<int>(dir.ConnectionString, "SELECT COUNT(*) FROM GridReceipt;"));
        Assert.Equal("counter/a", await Sql.ScalarAsync<string>(dir.ConnectionString, "SELECT Entity FROM GridReceipt;"));
        Assert.Equal(1, await Sql.ScalarAsync<int>(dir.ConnectionString, "SELECT Version FROM OrleansStorage WHERE GrainIdExtensionString = 'b';"));
        Assert.Equal(1, await Sql.ScalarAsync<int>(dir.ConnectionString, "SELECT COUNT(*) FROM GridMember WHERE MemberId = 'd';"));
    }

    [Fact]
    public async Task A_commit_that_fails_fails_every_write_it_carried_and_stores_none_of_them()
    {
        using var dir = new TempDataDirectory();
        await SqliteSchema.MigrateAsync(dir.ConnectionString);
        await using var store = new SqliteGridStore(dir.ConnectionString, Service);

        var (_, rest) = await InOneCommitAfterAnother(dir, store, () =>
        [
            store.WriteAsync([First("ok-1")]),
            store.WriteAsync([First("bad"), new UnwritableRow()]),
            store.WriteAsync([First("ok-2")]),
        ]);

        Assert.All(rest, Assert.Null);
        Assert.Equal(0, await Sql.ScalarAsync<int>(dir.ConnectionString, "SELECT COUNT(*) FROM OrleansStorage WHERE GrainIdExtensionString <> 'opener';"));
        // The writer goes on: the next commit stands.
        Assert.Equal(new WriteOutcome(true, 1), await store.WriteAsync([First("after")]));
    }

    [Fact]
    public async Task Only_the_first_row_of_a_write_may_be_conditional()
    {
        using var dir = new TempDataDirectory();
        await SqliteSchema.MigrateAsync(dir.ConnectionString);
        await using var store = new SqliteGridStore(dir.ConnectionString, Service);

        await Assert.ThrowsAsync<ArgumentException>(() => store.WriteAsync([new MemberRow("g", "m"), First("late")]));
    }

    [Fact]
    public async Task Reads_are_answered_while_the_writer_waits_for_the_write_lock()
    {
        using var dir = new TempDataDirectory();
        await SqliteSchema.MigrateAsync(dir.ConnectionString);
        await using var store = new SqliteGridStore(dir.ConnectionString, Service);
        await store.WriteAsync([First("seen"), new MemberRow("institution/X/terminal", "seen")]);

        // Another connection holds the write lock: the writer is stuck in BEGIN, and reads still come back at once.
        await using var holder = await HoldWriteLockAsync(dir);
        var pending = store.WriteAsync([First("later")]);
        var started = DateTime.UtcNow;
        Assert.Equal(1, (await store.ReadStateAsync(Key("seen")))!.Version);
        Assert.Equal(["seen"], await store.ReadMembersAsync("institution/X/terminal"));
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(1));
        Assert.False(pending.IsCompleted);
        await holder.DisposeAsync();
        Assert.True((await pending).Applied);
    }

    /// <summary>
    /// Makes the writes of <paramref name="writes"/> share one commit: another connection holds the write lock while an
    /// opening write blocks the writer, the writes queue behind it, and the lock is released.
    /// </summary>
    private static async Task<(WriteOutcome Opener, WriteOutcome?[] Others)> InOneCommitAfterAnother(
        TempDataDirectory dir, SqliteGridStore store, Func<Task<WriteOutcome>[]> writes)
    {
        Task<WriteOutcome> opener;
        Task<WriteOutcome>[] rest;
        await using (await HoldWriteLockAsync(dir))
        {
            opener = store.WriteAsync([First("opener")]);
            await Task.Delay(200); // the writer has taken the opener and waits in BEGIN IMMEDIATE
            rest = writes();
        }
        var outcomes = new WriteOutcome?[rest.Length];
        for (var i = 0; i < rest.Length; i++)
        {
            try
            {
                outcomes[i] = await rest[i];
            }
            catch (GridStoreException)
            {
                outcomes[i] = null;
            }
        }
        return (await opener, outcomes);
    }

    private static async Task<WriteLockHolder> HoldWriteLockAsync(TempDataDirectory dir)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder(dir.ConnectionString) { Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var begin = connection.CreateCommand();
        begin.CommandText = "BEGIN IMMEDIATE;";
        await begin.ExecuteNonQueryAsync();
        return new WriteLockHolder(connection);
    }

    /// <summary>Another connection in a write transaction, as nothing in the silo ever is; released by rolling back.</summary>
    private sealed class WriteLockHolder(SqliteConnection connection) : IAsyncDisposable
    {
        private bool _released;

        public async ValueTask DisposeAsync()
        {
            if (_released)
            {
                return;
            }
            _released = true;
            await using (var rollback = connection.CreateCommand())
            {
                rollback.CommandText = "ROLLBACK;";
                await rollback.ExecuteNonQueryAsync();
            }
            await connection.DisposeAsync();
        }
    }

    private static StateKey Key(string name) => new(name.GetHashCode(StringComparison.Ordinal), 0, 0, 17, "counter", name);

    private static StateRow First(string name) => new(Key(name), [1, 2, 3], ExpectedVersion: null);

    private static StateRow Next(string name, int version) => new(Key(name), [4, 5, 6], version);

    private sealed record UnwritableRow : StoreRow;
}
