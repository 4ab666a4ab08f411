using Actors.Cluster.Tests.Support;
using Actors.Storage;
using Npgsql;

namespace Actors.Cluster.Tests;

/// <summary>The project's own PostgreSQL schema, applied by the explicit, idempotent migrator.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresSchemaTests(PostgresFixture postgres)
{
    private static readonly string[] ClusteringKeys =
    [
        "CleanupDefunctSiloEntriesKey", "DeleteMembershipTableEntriesKey", "GatewaysQueryKey", "InsertMembershipKey",
        "InsertMembershipVersionKey", "MembershipReadAllKey", "MembershipReadRowKey", "UpdateIAmAlivetimeKey", "UpdateMembershipKey",
    ];

    private static readonly string[] StorageKeys = ["ClearStorageKey", "DeleteStorageKey", "ReadFromStorageKey", "WriteToStorageKey"];

    private static readonly string[] ReminderKeys =
    [
        "DeleteReminderRowKey", "DeleteReminderRowsKey", "ReadRangeRows1Key", "ReadRangeRows2Key",
        "ReadReminderRowKey", "ReadReminderRowsKey", "UpsertReminderRowKey",
    ];

    [Fact]
    public void Scripts_are_embedded_in_order()
    {
        Assert.Equal(["0001-Main.sql", "0002-Clustering.sql", "0003-Persistence.sql", "0004-Reminders.sql", "0005-Rows.sql", "0006-SecurityAudit.sql", "0007-Outbox.sql", "0008-ReadModels.sql"], PostgresSchema.Scripts);
    }

    [Fact]
    public async Task Migrating_twice_is_a_no_op()
    {
        var db = await postgres.Server.CreateDatabaseAsync();

        Assert.Equal(PostgresSchema.Scripts, await PostgresSchema.MigrateAsync(db));
        var before = await SnapshotAsync(db);

        Assert.Empty(await PostgresSchema.MigrateAsync(db));
        Assert.Empty(await PostgresSchema.MigrateAsync(db));
        Assert.Equal(before, await SnapshotAsync(db));
    }

    [Fact]
    public async Task Three_silos_migrating_at_once_apply_each_script_exactly_once()
    {
        var db = await postgres.Server.CreateDatabaseAsync();

        var results = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(() => PostgresSchema.MigrateAsync(db))));

        Assert.Equal(PostgresSchema.Scripts, results.SelectMany(r => r).Order(StringComparer.Ordinal));
        Assert.Single(results, r => r.Count > 0);
        Assert.Equal(PostgresSchema.Scripts.Count, await ScalarAsync<long>(db, "SELECT count(*) FROM BranchGridSchema;"));
    }

    [Fact]
    public async Task Registers_every_query_key_of_the_three_providers()
    {
        var db = await postgres.Server.CreateDatabaseAsync();
        await PostgresSchema.MigrateAsync(db);

        var keys = await ListAsync(db, "SELECT QueryKey FROM OrleansQuery ORDER BY QueryKey;");

        Assert.Equal(ClusteringKeys.Concat(StorageKeys).Concat(ReminderKeys).Order(StringComparer.Ordinal), keys);
    }

    [Fact]
    public async Task A_script_edited_after_it_was_applied_is_refused_by_name()
    {
        var db = await postgres.Server.CreateDatabaseAsync();
        await PostgresSchema.MigrateAsync(db);
        await ScalarAsync<int>(db, "UPDATE BranchGridSchema SET Checksum = 'edited' WHERE Script = '0003-Persistence.sql'; SELECT 1;");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => PostgresSchema.MigrateAsync(db));

        Assert.Contains("0003-Persistence.sql", error.Message);
    }

    [Fact]
    public async Task A_failing_migration_leaves_nothing_behind()
    {
        var db = await postgres.Server.CreateDatabaseAsync();
        // A clashing table makes the last script fail: what the first three created must not survive (one transaction).
        await ScalarAsync<int>(db, "CREATE TABLE OrleansRemindersTable (Unrelated integer); SELECT 1;");

        await Assert.ThrowsAsync<PostgresException>(() => PostgresSchema.MigrateAsync(db));

        Assert.Equal(0L, await ScalarAsync<long>(db, "SELECT count(*) FROM pg_tables WHERE tablename IN ('orleansquery', 'orleansstorage', 'branchgridschema');"));
    }

    private static async Task<string> SnapshotAsync(string db)
    {
        var parts = new List<string>();
        parts.AddRange(await ListAsync(db, "SELECT table_name || '.' || column_name || ':' || data_type FROM information_schema.columns WHERE table_schema = 'public' ORDER BY 1;"));
        parts.AddRange(await ListAsync(db, "SELECT Script || '@' || AppliedAtUtc::text || '#' || Checksum FROM BranchGridSchema ORDER BY Script;"));
        parts.AddRange(await ListAsync(db, "SELECT QueryKey || '=' || QueryText FROM OrleansQuery ORDER BY QueryKey;"));
        parts.AddRange(await ListAsync(db, "SELECT indexname FROM pg_indexes WHERE schemaname = 'public' ORDER BY 1;"));
        return string.Join("\n", parts);
    }

    private static async Task<List<string>> ListAsync(string db, string sql)
    {
        await using var connection = new NpgsqlConnection(db);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetString(0));
        }
        return values;
    }

    internal static async Task<T> ScalarAsync<T>(string db, string sql)
    {
        await using var connection = new NpgsqlConnection(db);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
