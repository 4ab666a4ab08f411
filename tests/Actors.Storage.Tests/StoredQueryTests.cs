using Microsoft.Data.Sqlite;

namespace Actors.Storage.Tests;

/// <summary>Runs the stored query texts directly, with parameters named and typed as Orleans binds them.</summary>
public sealed class StoredQueryTests
{
    [Fact]
    public async Task A_null_key_extension_and_an_empty_one_are_different_grains()
    {
        using var dir = new TempDataDirectory();
        await SqliteSchema.MigrateAsync(dir.ConnectionString);
        await using var connection = new SqliteConnection(dir.ConnectionString);
        await connection.OpenAsync();

        Assert.Equal(1L, await WriteAsync(connection, extension: null, version: null, payload: [1]));
        Assert.Equal(1L, await WriteAsync(connection, extension: "", version: null, payload: [2]));
        Assert.Equal(2L, await WriteAsync(connection, extension: null, version: 1, payload: [3]));
        Assert.Null(await WriteAsync(connection, extension: "", version: null, payload: [4])); // exists: conflict
        Assert.Null(await WriteAsync(connection, extension: "x", version: 7, payload: [5]));  // ETag for a row that is not there

        Assert.Equal(new byte[] { 3 }, await ReadAsync(connection, extension: null));
        Assert.Equal(new byte[] { 2 }, await ReadAsync(connection, extension: ""));
        Assert.Null(await ReadAsync(connection, extension: "x"));
        Assert.Equal(2L, await Sql.ScalarAsync<long>(dir.ConnectionString, "SELECT COUNT(*) FROM OrleansStorage;"));
    }

    private static async Task<long?> WriteAsync(SqliteConnection connection, string? extension, int? version, byte[] payload)
    {
        await using var command = await CommandAsync(connection, "WriteToStorageKey", extension);
        command.Parameters.AddWithValue("GrainStateVersion", (object?)version ?? DBNull.Value);
        command.Parameters.AddWithValue("PayloadBinary", payload);
        var result = await command.ExecuteScalarAsync();
        return result is null or DBNull ? null : Convert.ToInt64(result, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<byte[]?> ReadAsync(SqliteConnection connection, string? extension)
    {
        await using var command = await CommandAsync(connection, "ReadFromStorageKey", extension);
        await using var reader = await command.ExecuteReaderAsync();
        return await reader.ReadAsync() ? (byte[])reader["PayloadBinary"] : null;
    }

    private static async Task<SqliteCommand> CommandAsync(SqliteConnection connection, string queryKey, string? extension)
    {
        var command = connection.CreateCommand();
        command.CommandText = "SELECT QueryText FROM OrleansQuery WHERE QueryKey = $k;";
        command.Parameters.AddWithValue("$k", queryKey);
        command.CommandText = (string)(await command.ExecuteScalarAsync())!;
        command.Parameters.Clear();
        command.Parameters.AddWithValue("GrainIdHash", 123);
        command.Parameters.AddWithValue("GrainIdN0", 0L);
        command.Parameters.AddWithValue("GrainIdN1", 42L);
        command.Parameters.AddWithValue("GrainTypeHash", -456);
        command.Parameters.AddWithValue("GrainTypeString", "Some.Grain");
        command.Parameters.AddWithValue("GrainIdExtensionString", (object?)extension ?? DBNull.Value);
        command.Parameters.AddWithValue("ServiceId", "svc");
        return command;
    }
}
