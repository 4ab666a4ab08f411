using Actors.Contracts.Institutions;
using Actors.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Actors.Api.Tests;

/// <summary>
/// No read starts a clock: an institution's month-end books are opened when it registers, and at every silo start for
/// data registered before a book existed (a store from an older version). The API's reads only read.
/// </summary>
public sealed class BooksAtStartTests
{
    [Fact]
    public async Task An_institution_whose_month_end_clocks_are_missing_gets_them_back_at_the_next_start_without_being_read()
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), "branchgrid-books-" + Guid.NewGuid().ToString("N"));
        var institution = Ids.New("br");
        try
        {
            await using (var first = new GridHost(dataDirectory))
            {
                first.StartServer();
                var grains = first.Services.GetRequiredService<IGrainFactory>();
                await BankRoot.BranchAsync(grains, institution, "Riverside");
            }
            Assert.Equal(["inactiveterminals", "monthendstatistics"], ClocksOf(dataDirectory, institution));

            // As an older store would have it: the institution, without its books' state or clocks.
            Execute(dataDirectory, "DELETE FROM OrleansRemindersTable WHERE GrainId LIKE '%/' || $id", institution);
            Execute(dataDirectory, "DELETE FROM OrleansStorage WHERE GrainIdExtensionString = $id AND GrainTypeString NOT LIKE '%Institution%'", institution);
            Assert.Empty(ClocksOf(dataDirectory, institution));

            await using (var second = new GridHost(dataDirectory))
            {
                second.StartServer();
            }

            Assert.Equal(["inactiveterminals", "monthendstatistics"], ClocksOf(dataDirectory, institution));
        }
        finally
        {
            SqliteStore.ReleasePooledConnections(SqliteStore.BuildConnectionString(dataDirectory));
            Directory.Delete(dataDirectory, recursive: true);
        }
    }

    /// <summary>The grain types with a durable clock (reminder) for this institution, by name.</summary>
    private static List<string> ClocksOf(string dataDirectory, string institutionId)
    {
        using var connection = new SqliteConnection(SqliteStore.BuildConnectionString(dataDirectory));
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT GrainId FROM OrleansRemindersTable WHERE GrainId LIKE '%/' || $id ORDER BY GrainId";
        command.Parameters.AddWithValue("$id", institutionId);
        using var reader = command.ExecuteReader();
        var types = new List<string>();
        while (reader.Read())
        {
            types.Add(reader.GetString(0).Split('/')[0]);
        }
        return types;
    }

    private static void Execute(string dataDirectory, string sql, string institutionId)
    {
        using var connection = new SqliteConnection(SqliteStore.BuildConnectionString(dataDirectory));
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$id", institutionId);
        command.ExecuteNonQuery();
    }
}
