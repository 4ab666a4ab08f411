using Actors.Contracts.Institutions;
using Actors.Contracts.Loans;
using Actors.Contracts.Clients;
using Actors.Contracts.Terminals;
using Actors.Domain.Loans;
using Actors.Grains.Tests.Support;
using Actors.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;

namespace Actors.Grains.Tests;

/// <summary>Stops the silo and starts a new one on the same SQLite file, with clocks that came due in between.</summary>
public sealed class RestartTests : IAsyncLifetime
{
    private static readonly DateTimeOffset T0 = new(2026, 4, 13, 10, 0, 0, TimeSpan.FromHours(8)); // Monday

    private readonly string _dataDirectory = TempDirectory.Create();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        TempDirectory.Delete(_dataDirectory);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task State_and_clocks_survive_a_restart_and_a_clock_that_came_due_while_down_fires_once_on_recovery()
    {
        LoanSnapshot before;
        await using (var first = await GridCluster.StartAsync(_dataDirectory, new FakeTimeProvider(T0), serviceId: "restart"))
        {
            var grains = first.Client;
            await BankRoot.SubBranchAsync(grains, "SB-R", name: "Restart Sub-branch");
            await grains.GetGrain<IClientGrain>("C-R").Register(new("SB-R", "Restart Client", ClientKind.Corporate, new(2024, 1, 1), null, 0));
            await grains.GetGrain<ITerminalGrain>("T-R").Register(new("SB-R", "Noodle House", "C-R", "M-R", T0));
            await grains.GetGrain<ITerminalGrain>("T-R").ApplySale(new("tx-r-1", "T-R", 30m, T0));
            before = (await grains.GetGrain<ILoanGrain>("L-R").Register(new("SB-R", "C-R", 60_000m, 0.05m, 6, new(2026, 4, 13)))).Value!;
            Assert.Equal(new DateOnly(2026, 5, 13), before.NextDueDate);
        }

        // Down for 40 days: the terminal's inactivity instant (T0 + 30 d) and the loan's 18:00 cut-off on 13 May pass meanwhile.
        var clock = new FakeTimeProvider(T0.AddDays(40));
        await using var second = await GridCluster.StartAsync(_dataDirectory, clock, serviceId: "restart");
        var terminal = second.Client.GetGrain<ITerminalGrain>("T-R");
        var loan = second.Client.GetGrain<ILoanGrain>("L-R");

        var inactive = await Eventually.Until(terminal.GetSnapshot, s => s!.Inactive, "the missed inactivity clock fires", clock);
        Assert.Equal(T0.AddDays(30), inactive!.InactiveSince);
        Assert.Equal((1, 30m), (inactive.SalesCount, inactive.SalesAmount));

        var overdue = await Eventually.Until(async () => (await loan.GetSnapshot())!, s => s.Stage == LoanStage.M1, "the missed cut-off fires", clock);
        Assert.Equal(new DateOnly(2026, 5, 23).DayNumber - new DateOnly(2026, 5, 13).DayNumber, overdue.DaysPastDue);
        Assert.Equal(before.Installments, overdue.Installments.Select(i => i with { Paid = 0 }).ToList());

        // Once: the terminal's clock is gone from the clock table, so it cannot fire again; the loan's is at its next instant.
        Assert.Equal(0, await ClockRows("T-R"));
        Assert.Equal(1, await ClockRows("L-R"));
        clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(T0.AddDays(30), (await terminal.GetSnapshot())!.InactiveSince);
    }

    private async Task<long> ClockRows(string grainKey)
    {
        await using var connection = new SqliteConnection(SqliteStore.BuildConnectionString(_dataDirectory));
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM GridClock WHERE GrainId LIKE $key";
        command.Parameters.AddWithValue("$key", "%/" + grainKey);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
