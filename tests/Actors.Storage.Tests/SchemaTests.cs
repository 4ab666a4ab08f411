using Microsoft.Data.Sqlite;

namespace Actors.Storage.Tests;

public sealed class SchemaTests
{
    private static readonly string[] StorageKeys = ["ReadFromStorageKey", "WriteToStorageKey", "ClearStorageKey", "DeleteStorageKey"];

    private static readonly string[] ReminderKeys =
    [
        "UpsertReminderRowKey", "ReadReminderRowsKey", "ReadReminderRowKey", "ReadRangeRows1Key",
        "ReadRangeRows2Key", "DeleteReminderRowKey", "DeleteReminderRowsKey",
    ];

    [Fact]
    public void Scripts_are_embedded_and_ordered()
    {
        Assert.Equal(["0001-Main.sql", "0002-Persistence.sql", "0003-Reminders.sql", "0004-Rows.sql", "0005-SecurityAudit.sql", "0006-Outbox.sql", "0007-ReadModels.sql"], SqliteSchema.Scripts);
    }

    [Fact]
    public async Task Migrate_twice_is_a_no_op()
    {
        using var dir = new TempDataDirectory();
        var cs = dir.ConnectionString;

        var first = await SqliteSchema.MigrateAsync(cs);
        Assert.Equal(SqliteSchema.Scripts, first);
        var before = await SnapshotAsync(cs);

        var second = await SqliteSchema.MigrateAsync(cs);
        var third = await SqliteSchema.MigrateAsync(cs);

        Assert.Empty(second);
        Assert.Empty(third);
        Assert.Equal(before, await SnapshotAsync(cs));
        Assert.Equal("wal", await Sql.ScalarAsync<string>(cs, "PRAGMA journal_mode;"));
        Assert.True(File.Exists(Path.Combine(dir.Path, SqliteStore.DatabaseFileName)));
    }

    [Fact]
    public async Task Registers_exactly_the_query_keys_of_both_providers()
    {
        using var dir = new TempDataDirectory();
        await SqliteSchema.MigrateAsync(dir.ConnectionString);

        var keys = new List<string>();
        await using var connection = new SqliteConnection(dir.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT QueryKey FROM OrleansQuery ORDER BY QueryKey;";
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            keys.Add(reader.GetString(0));
        }

        Assert.Equal(StorageKeys.Concat(ReminderKeys).Order(StringComparer.Ordinal), keys);
    }

    [Fact]
    public async Task Concurrent_migrations_apply_each_script_once()
    {
        using var dir = new TempDataDirectory();
        var cs = dir.ConnectionString;

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => SqliteSchema.MigrateAsync(cs))));

        Assert.Equal(SqliteSchema.Scripts, results.SelectMany(r => r).Order(StringComparer.Ordinal));
        Assert.Equal(SqliteSchema.Scripts.Count, await Sql.ScalarAsync<int>(cs, "SELECT COUNT(*) FROM BranchGridSchema;"));
    }

    [Fact]
    public void Connection_string_points_into_the_data_directory_and_creates_it()
    {
        var root = Path.Combine(Path.GetTempPath(), "branchgrid-storage-tests", Guid.NewGuid().ToString("N"));
        var nested = Path.Combine(root, "a", "b");
        try
        {
            var builder = new SqliteConnectionStringBuilder(SqliteStore.BuildConnectionString(nested));

            Assert.True(Directory.Exists(nested));
            Assert.Equal(Path.Combine(nested, "branchgrid.db"), builder.DataSource);
            Assert.True(builder.Pooling);
            Assert.Equal(SqliteStore.DefaultBusyTimeoutSeconds, builder.DefaultTimeout);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task The_data_directory_is_the_silo_users_only_0700_and_the_database_and_its_WAL_0600()
    {
        var root = Path.Combine(Path.GetTempPath(), "branchgrid-storage-tests", Guid.NewGuid().ToString("N"));
        try
        {
            Directory.CreateDirectory(root); // made before by someone else, with the usual 0755: tightened
            var cs = SqliteStore.BuildConnectionString(root);
            await SqliteSchema.MigrateAsync(cs);
            await using (var connection = new SqliteConnection(cs))
            {
                await connection.OpenAsync();
                Assert.True(File.Exists(Path.Combine(root, "branchgrid.db-wal")));
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(root, "branchgrid.db-wal")));
            }
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(root));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(root, "branchgrid.db")));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(root, recursive: true);
        }
    }

    private static async Task<string> SnapshotAsync(string cs)
    {
        await using var connection = new SqliteConnection(cs);
        await connection.OpenAsync();
        var parts = new List<string>();
        foreach (var sql in new[]
                 {
                     "PRAGMA schema_version;",
                     "SELECT group_concat(type || ':' || name || ':' || ifnull(sql, ''), '|') FROM (SELECT * FROM sqlite_master ORDER BY name);",
                     "SELECT group_concat(Script || '@' || AppliedAtUtc, '|') FROM (SELECT * FROM BranchGridSchema ORDER BY Script);",
                     "SELECT group_concat(QueryKey || '=' || QueryText, '|') FROM (SELECT * FROM OrleansQuery ORDER BY QueryKey);",
                 })
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            parts.Add(Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture) ?? "");
        }

        return string.Join("\n", parts);
    }
}
