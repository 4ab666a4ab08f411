using Actors.Cluster.Tests.Support;
using Actors.Contracts.Clients;
using Actors.Contracts.Institutions;
using Actors.Contracts.Loans;
using Actors.Contracts.Terminals;
using Actors.Contracts.Transactions;
using Actors.Domain.Loans;
using Actors.Grains.Tests.Support;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace Actors.Cluster.Tests;

/// <summary>
/// The whole grid goes down and a new one starts on the same PostgreSQL database: state, clocks and
/// transaction receipts must all be there.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresRestartTests(PostgresFixture postgres)
{
    private static readonly DateTimeOffset T0 = new(2026, 4, 13, 10, 0, 0, TimeSpan.FromHours(8)); // Monday

    [Fact]
    public async Task State_receipts_and_clocks_survive_a_full_cluster_restart()
    {
        var db = await postgres.Server.CreateDatabaseAsync();
        TransactionOutcome firstSale, firstRepayment;
        await using (var first = await PostgresGrid.StartAsync(db, new FakeTimeProvider(T0), "restart"))
        {
            var grains = first.Client;
            await BankRoot.SubBranchAsync(grains, "SB-R", name: "Restart Sub-branch");
            await grains.GetGrain<IClientGrain>("C-R").Register(new("SB-R", "Restart Client", ClientKind.Corporate, new(2024, 1, 1), null, 0));
            await grains.GetGrain<ITerminalGrain>("T-R").Register(new("SB-R", "Noodle House", "C-R", "M-R", T0));
            var loan = await grains.GetGrain<ILoanGrain>("L-R").Register(new("SB-R", "C-R", 60_000m, 0.05m, 6, new(2026, 4, 13)));
            Assert.Equal(new DateOnly(2026, 5, 13), loan.Value!.NextDueDate);

            firstSale = await grains.GetGrain<ITerminalGrain>("T-R").ApplySale(new("pos-r-1", "T-R", 30m, T0));
            firstRepayment = await grains.GetGrain<ILoanGrain>("L-R").ApplyRepayment(new("rep-r-1", "L-R", 1_000m, T0));
            Assert.Equal((OutcomeStatus.Applied, OutcomeStatus.Applied), (firstSale.Status, firstRepayment.Status));
        }
        Assert.Equal(2, await ClockRows(db, "restart", "T-R") + await ClockRows(db, "restart", "L-R"));

        var clock = new FakeTimeProvider(T0.AddHours(1));
        await using var second = await PostgresGrid.StartAsync(db, clock, "restart");
        var terminal = second.Client.GetGrain<ITerminalGrain>("T-R");
        var loanGrain = second.Client.GetGrain<ILoanGrain>("L-R");

        // Receipts: the same transaction ids are answered with their first outcome, and nothing is applied twice.
        Assert.Equal(firstSale with { Replayed = true }, await terminal.ApplySale(new("pos-r-1", "T-R", 30m, T0)));
        Assert.Equal(firstRepayment with { Replayed = true }, await loanGrain.ApplyRepayment(new("rep-r-1", "L-R", 1_000m, T0)));
        var stateAfterReplay = await terminal.GetSnapshot();
        Assert.Equal((1, 30m, T0), (stateAfterReplay!.SalesCount, stateAfterReplay.SalesAmount, stateAfterReplay.LastSaleAt));
        Assert.Equal(1_000m, (await loanGrain.GetSnapshot())!.Installments.Sum(i => i.Paid));

        // Clocks: the clocks written by the first cluster fire in the second one, at the rules' instants.
        clock.AdvanceTo(T0.AddDays(40));
        var inactive = await Eventually.Until(terminal.GetSnapshot, s => s!.Inactive, "the terminal's inactivity clock fires", clock);
        Assert.Equal(T0.AddDays(30), inactive!.InactiveSince);
        var overdue = await Eventually.Until(async () => (await loanGrain.GetSnapshot())!, s => s.Stage == LoanStage.M1, "the loan's cut-off clock fires", clock);
        Assert.Equal(new DateOnly(2026, 5, 23).DayNumber - new DateOnly(2026, 5, 13).DayNumber, overdue.DaysPastDue);

        // An inactive terminal has nothing left to wait for: its clock is gone from the table; the loan's is not.
        await Eventually.Until(() => ClockRows(db, "restart", "T-R"), n => n == 0, "the terminal's clock is removed");
        Assert.Equal(1, await ClockRows(db, "restart", "L-R"));
    }

    [Fact]
    public async Task A_stale_write_from_a_second_activation_is_refused_by_the_version_check()
    {
        var db = await postgres.Server.CreateDatabaseAsync();
        await using var grid = await PostgresGrid.StartAsync(db, new FakeTimeProvider(T0), "versions", silos: 1);
        await BankRoot.SubBranchAsync(grid.Client, "SB-V", name: "Versions Sub-branch");
        await grid.Client.GetGrain<ITerminalGrain>("T-V").Register(new("SB-V", "Tea Shop", null, "M-V", T0));

        // What a duplicate activation would do after a split: write over the row with the version it loaded before.
        await using var connection = new NpgsqlConnection(db);
        await connection.OpenAsync();
        var write = await ReadQuery(connection, "WriteToStorageKey");
        await using var command = new NpgsqlCommand(write, connection);
        await using (var row = new NpgsqlCommand(
            "SELECT GrainIdHash, GrainIdN0, GrainIdN1, GrainTypeHash, GrainTypeString, GrainIdExtensionString, Version FROM OrleansStorage " +
            "WHERE ServiceId = 'versions' AND GrainIdExtensionString = 'T-V';", connection))
        await using (var reader = await row.ExecuteReaderAsync())
        {
            Assert.True(await reader.ReadAsync(), "the terminal's state row");
            command.Parameters.AddWithValue("GrainIdHash", reader.GetInt32(0));
            command.Parameters.AddWithValue("GrainIdN0", reader.GetInt64(1));
            command.Parameters.AddWithValue("GrainIdN1", reader.GetInt64(2));
            command.Parameters.AddWithValue("GrainTypeHash", reader.GetInt32(3));
            command.Parameters.AddWithValue("GrainTypeString", reader.GetString(4));
            command.Parameters.AddWithValue("GrainIdExtensionString", reader.GetString(5));
            command.Parameters.AddWithValue("GrainStateVersion", reader.GetInt32(6) - 1);
        }
        command.Parameters.AddWithValue("ServiceId", "versions");
        command.Parameters.AddWithValue("PayloadBinary", new byte[] { 1, 2, 3 });

        Assert.Null(await command.ExecuteScalarAsync());
        Assert.Equal("Tea Shop", (await grid.Client.GetGrain<ITerminalGrain>("T-V").GetSnapshot())!.MerchantName);
    }

    private static async Task<string> ReadQuery(NpgsqlConnection connection, string key)
    {
        await using var command = new NpgsqlCommand("SELECT QueryText FROM OrleansQuery WHERE QueryKey = @key;", connection);
        command.Parameters.AddWithValue("key", key);
        return (string)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<int> ClockRows(string db, string serviceId, string grainKey)
    {
        await using var connection = new NpgsqlConnection(db);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT count(*)::integer FROM GridClock WHERE ServiceId = @service AND GrainId ILIKE @key;", connection);
        command.Parameters.AddWithValue("service", serviceId);
        command.Parameters.AddWithValue("key", "%/" + grainKey);
        return (int)(await command.ExecuteScalarAsync())!;
    }
}
