using System.Text.Json;
using Actors.Contracts.Clients;
using Actors.Contracts.Collections;
using Actors.Contracts.Loans;
using Actors.Contracts.Managers;
using Actors.Contracts.Terminals;
using Actors.Contracts.Transactions;
using Actors.Contracts.WorkOrders;
using Actors.Contracts.Worklist;
using Actors.Domain.Collections;
using Actors.Grains.Tests.Support;
using FsCheck;
using FsCheck.Fluent;

namespace Actors.Grains.Tests.ReadModels;

public sealed class ReadModelClusterFixture() : OwnGridFixture("read-model-tests");

[CollectionDefinition(Name)]
public sealed class ReadModelCollection : ICollectionFixture<ReadModelClusterFixture>
{
    public const string Name = "read-models";
}

/// <summary>
/// The worklist books kept from the entities' changes hold what a rebuild from the entities' own state says, after a
/// generated day of transactions, visits, re-allocations, terminal transfers, collections calls and promises, work-order
/// steps and time passing.
/// </summary>
[Collection(ReadModelCollection.Name)]
public sealed class WorklistRebuildPropertyTests(ReadModelClusterFixture fixture)
{
    private enum Act { Deposit, Withdraw, Repay, Sale, Visit, Reallocate, Transfer, Call, Promise, AssignOrder, BookOrder, Later }

    private static readonly Gen<(Act Act, int Who, int Whom, int Amount)[]> Days =
        Gen.ArrayOf(from act in Gen.Elements(Enum.GetValues<Act>())
                    from who in Gen.Choose(0, 3)
                    from whom in Gen.Choose(0, 2)
                    from amount in Gen.Choose(1, 3_000)
                    select (act, who, whom, amount));

    private GridCluster Grid => fixture.Grid;
    private IClusterClient Client => Grid.Client;

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public async Task After_a_generated_day_the_books_equal_their_rebuild_from_the_entities(int seed)
    {
        var day = Gen.Sample(Days, 1, new Rnd((ulong)seed), 40)[0];
        var network = await Network.CreateAsync(Client);
        var lead = Network.NewId("TL");
        Assert.Null((await Client.GetGrain<IManagerGrain>(lead).Register(new(network.InstitutionId, "Team lead", [StaffRole.TeamLead]))).Refusal);
        string[] staff = [lead, await network.Manager(), await network.Manager()];
        var today = Grid.Clock.Today();
        string[] clients = [await network.Client(today.AddYears(-1), staff[1]), await network.Client(today.AddDays(-85), staff[2]),
            await network.Client(today.AddYears(-2)), await network.Client(today.AddDays(-10), staff[1])];
        string[] loans = [await Loan(network, clients[0]), await Loan(network, clients[1])];
        string[] terminals = [Network.NewId("T"), Network.NewId("T")];
        for (var i = 0; i < terminals.Length; i++)
        {
            Assert.Null((await Client.GetGrain<ITerminalGrain>(terminals[i]).Register(
                new(network.InstitutionId, $"Shop {i}", null, staff[1 + i], Grid.Clock.GetUtcNow().AddDays(i == 0 ? -40 : -1)))).Refusal);
        }
        var issued = await Client.GetGrain<IWorkOrderBookGrain>(network.InstitutionId).IssueCurrentMonth();
        var order = Client.GetGrain<IWorkOrderGrain>(Assert.Single(issued.Items, o => o.ClientId == clients[0]).WorkOrderId);
        var leadActor = new WorkOrderActor(lead, network.InstitutionId, [StaffRole.TeamLead]);

        foreach (var (act, who, whom, amount) in day)
        {
            var now = Grid.Clock.GetUtcNow();
            var tx = Network.NewId("tx");
            Task step = act switch
            {
                Act.Deposit => Client.GetGrain<IClientGrain>(clients[who]).ApplyMovement(new(tx, clients[who], AccountMovementKind.Deposit, amount, now)),
                Act.Withdraw => Client.GetGrain<IClientGrain>(clients[who]).ApplyMovement(new(tx, clients[who], AccountMovementKind.Withdrawal, amount, now)),
                Act.Repay => Client.GetGrain<ILoanGrain>(loans[who % 2]).ApplyRepayment(new(tx, loans[who % 2], amount * 10m, now)),
                // Sales on the second terminal only: the first stays inactive, on a worklist, through its transfers.
                Act.Sale => Client.GetGrain<ITerminalGrain>(terminals[1]).ApplySale(new(tx, terminals[1], amount, now)),
                Act.Visit => Client.GetGrain<IClientGrain>(clients[who]).LogVisit(new(VisitType.OnSite, staff[whom], now, "seen")),
                Act.Reallocate => Client.GetGrain<IClientGrain>(clients[who]).AssignManager(staff[whom]),
                Act.Transfer => Transfer(terminals[who % 2], staff[whom]),
                Act.Call => Client.GetGrain<ILoanGrain>(loans[who % 2]).LogCall(new(now, staff[whom], NumberType.Mobile,
                    amount % 2 == 0 ? CallOutcome.RightPartyContact : CallOutcome.NoAnswer, "called")),
                Act.Promise => Client.GetGrain<ILoanGrain>(loans[who % 2]).RecordPromise(new(amount, now.AddHours(amount % 48), staff[whom])),
                Act.AssignOrder => order.Assign(leadActor, staff[1 + whom % 2]),
                Act.BookOrder => order.Book(new WorkOrderActor(staff[1 + whom % 2], network.InstitutionId, [StaffRole.ClientManager]), now.AddDays(2)),
                _ => Later(TimeSpan.FromMinutes(amount * 5)),
            };
            await step;
        }

        var book = Client.GetGrain<IWorklistBookGrain>(network.InstitutionId);
        // Time passing reaches the entities through their clocks a moment later: wait for them, never for ever.
        await Eventually.Until(async () => (Held: Text(await book.Sources()), Rebuilt: Text(await book.Rebuilt())), x => x.Held == x.Rebuilt,
            "the book holds what the entities say", Grid.Clock);
        Assert.NotEmpty(await book.Sources());
        Assert.Equal(0, await book.Rebuild());
    }

    private Task Later(TimeSpan by)
    {
        Grid.Clock.Advance(by);
        return Task.CompletedTask;
    }

    private async Task<string> Loan(Network network, string clientId)
    {
        var loanId = Network.NewId("L");
        for (var day = Grid.Clock.Today(); ; day = day.AddDays(-1))
        {
            if ((await Client.GetGrain<ILoanGrain>(loanId).Register(new(network.InstitutionId, clientId, 60_000m, 0.06m, 12, day))).Refusal is null)
            {
                return loanId;
            }
        }
    }

    private async Task Transfer(string terminalId, string to)
    {
        var transfer = Network.NewId("TR");
        var terminal = Client.GetGrain<ITerminalGrain>(terminalId);
        if (await terminal.BeginTransfer(transfer) is null)
        {
            await terminal.EndTransfer(transfer, to);
        }
    }

    private static string Text(IReadOnlyList<WorkSource> sources) =>
        JsonSerializer.Serialize(sources.Select(s => s with { At = default }).OrderBy(s => s.Key, StringComparer.Ordinal));
}
