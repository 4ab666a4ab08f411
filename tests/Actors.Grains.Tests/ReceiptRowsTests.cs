using Actors.Contracts.Clients;
using Actors.Contracts.Institutions;
using Actors.Contracts.Terminals;
using Actors.Contracts.Transactions;
using Actors.Grains.Infrastructure;
using Actors.Grains.Institutions;
using Actors.Grains.Terminals;
using Actors.Grains.Tests.Support;
using Actors.Hosting.Storage;
using Actors.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Runtime;
using Orleans.Storage;

namespace Actors.Grains.Tests;

/// <summary>
/// Receipts as rows beside the entity's state: replays inside the window answer the first outcome, older transactions are
/// refused as before, a busy terminal's own write does not grow, and what a state written before kept still counts.
/// </summary>
[Collection(GridCollection.Name)]
public sealed class ReceiptRowsTests(GridClusterFixture fixture)
{
    private GridCluster Grid => fixture.Grid;

    [Fact]
    public async Task A_replay_inside_the_window_answers_the_first_outcome_and_one_outside_it_is_refused()
    {
        var network = await Network.CreateAsync(Grid.Client);
        var id = Network.NewId("T");
        var terminal = Grid.Client.GetGrain<ITerminalGrain>(id);
        var soldAt = Grid.Clock.GetUtcNow();
        await terminal.Register(new(network.InstitutionId, "Tea Shop", null, "M-1", soldAt));
        var first = await terminal.ApplySale(new("sale-1", id, 10m, soldAt));
        Assert.Equal(OutcomeStatus.Applied, first.Status);

        // A refused transaction is remembered with its first outcome too, even once it could be applied.
        var client = Grid.Client.GetGrain<IClientGrain>(await network.Client(new(2024, 1, 1)));
        var overdraw = await client.ApplyMovement(new("wd-1", "c", AccountMovementKind.Withdrawal, 500m, soldAt));
        Assert.Equal(OutcomeStatus.Refused, overdraw.Status);
        await client.ApplyMovement(new("dep-1", "c", AccountMovementKind.Deposit, 1_000m, soldAt));

        Grid.Clock.Advance(TimeSpan.FromDays(6));
        Assert.Equal(first with { Replayed = true }, await terminal.ApplySale(new("sale-1", id, 99m, soldAt)));
        Assert.Equal(overdraw with { Replayed = true }, await client.ApplyMovement(new("wd-1", "c", AccountMovementKind.Withdrawal, 500m, soldAt)));
        Assert.Equal((1, 10m), Figures(await terminal.GetSnapshot()));

        Grid.Clock.Advance(TimeSpan.FromDays(2));
        var late = await terminal.ApplySale(new("sale-1", id, 10m, soldAt));
        Assert.Equal((OutcomeStatus.Refused, false), (late.Status, late.Replayed));
        Assert.Contains("replay window", late.Detail);
        Assert.Equal((1, 10m), Figures(await terminal.GetSnapshot()));
    }

    [Fact]
    public async Task A_terminals_stored_state_is_the_same_size_at_its_thousandth_sale_as_at_its_first()
    {
        var network = await Network.CreateAsync(Grid.Client);
        var id = Network.NewId("T");
        var terminal = Grid.Client.GetGrain<ITerminalGrain>(id);
        var at = Grid.Clock.GetUtcNow();
        await terminal.Register(new(network.InstitutionId, "Busy Market", null, "M-1", at));

        await terminal.ApplySale(new("busy-1", id, 1m, at));
        var first = await StoredStateSize(id);
        for (var i = 2; i <= 1000; i++)
        {
            Assert.Equal(OutcomeStatus.Applied, (await terminal.ApplySale(new($"busy-{i}", id, 1m, at))).Status);
        }
        var thousandth = await StoredStateSize(id);

        // Only the digits of the count and the amount grow (1 → 1000, 1.00 → 1000.00); the receipts are rows.
        Assert.InRange(thousandth - first, 0, 8);
        Assert.Equal(1000, await Count("SELECT COUNT(*) FROM GridReceipt WHERE Entity = $e", $"terminal/{id}"));
        Assert.Equal(OutcomeStatus.Applied, (await terminal.ApplySale(new("busy-1", id, 1m, at))).Status);
        Assert.Equal((1000, 1000m), Figures(await terminal.GetSnapshot()));
    }

    [Fact]
    public async Task Receipts_a_state_kept_before_receipt_rows_still_answer_replays_and_move_to_rows_with_the_next_sale()
    {
        var network = await Network.CreateAsync(Grid.Client);
        var id = Network.NewId("T");
        var now = Grid.Clock.GetUtcNow();
        await WriteStored("terminal", GrainId.Create("terminal", id), new TerminalState
        {
            InstitutionId = network.InstitutionId, MerchantName = "Old Shop", MaintainerId = "M-1", SignedUpAt = now.AddDays(-3),
            LastSaleAt = now.AddDays(-1), SalesCount = 1, SalesAmount = 42m,
            Receipts = new TransactionReceipts { ById = { ["old-sale"] = new Receipt(OutcomeStatus.Applied, null, now.AddDays(-1)) } },
        });
        var terminal = Grid.Client.GetGrain<ITerminalGrain>(id);

        Assert.Equal(new TransactionOutcome("old-sale", OutcomeStatus.Applied, null, Replayed: true),
            await terminal.ApplySale(new("old-sale", id, 42m, now.AddDays(-1))));
        Assert.Equal(OutcomeStatus.Applied, (await terminal.ApplySale(new("new-sale", id, 8m, now))).Status);

        Assert.Equal(2, await Count("SELECT COUNT(*) FROM GridReceipt WHERE Entity = $e", $"terminal/{id}"));
        Assert.Equal(0, await Count("SELECT COUNT(*) FROM OrleansStorage WHERE GrainIdExtensionString = $e AND instr(CAST(PayloadBinary AS TEXT), 'old-sale') > 0", id));
        Assert.Equal((2, 50m), Figures(await terminal.GetSnapshot()));
    }

    [Fact]
    public async Task Members_an_institution_kept_in_its_state_before_member_rows_are_still_listed_beside_new_ones()
    {
        var id = Network.NewId("SB");
        await WriteStored("institution", GrainId.Create("institution", id), new InstitutionState
        {
            Name = "Old Sub-branch", Kind = InstitutionKind.SubBranch,
            Members = { [MemberKind.Terminal] = new(StringComparer.Ordinal) { "T-old-1", "T-old-2" } },
        });
        var terminal = Network.NewId("T");
        await Grid.Client.GetGrain<ITerminalGrain>(terminal).Register(new(id, "New Shop", null, "M-1", Grid.Clock.GetUtcNow()));

        var snapshot = (await Grid.Client.GetGrain<IInstitutionGrain>(id).GetSnapshot())!;
        Assert.Equal(new[] { "T-old-1", "T-old-2", terminal }.Order(StringComparer.Ordinal), snapshot.Terminals);
        Assert.Equal(3, await Count("SELECT COUNT(*) FROM GridMember WHERE GroupKey = $e", $"institution/{id}/terminal"));
    }

    private static (int, decimal) Figures(TerminalSnapshot? s) => (s!.SalesCount, s.SalesAmount);

    private Task WriteStored<T>(string stateName, GrainId grain, T state) =>
        Grid.Cluster.Silos[0].ServiceProvider.GetRequiredKeyedService<IGrainStorage>(EmbeddedStoreNames.Default)
            .WriteStateAsync(stateName, grain, new GrainState<T>(state));

    private Task<long> StoredStateSize(string terminalId) =>
        Count("SELECT length(PayloadBinary) FROM OrleansStorage WHERE GrainTypeString = 'terminal' AND GrainIdExtensionString = $e", terminalId);

    private async Task<long> Count(string sql, string value)
    {
        await using var connection = new SqliteConnection(SqliteStore.BuildConnectionString(Grid.DataDirectory));
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$e", value);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
