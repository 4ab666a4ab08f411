using System.Net;

namespace Actors.Api.Tests;

/// <summary>Accepted batches: per-item outcomes, unknown entities, idempotent replays, refusals and the replay window.</summary>
[Collection(ApiCollection.Name)]
public sealed class TransactionProcessingTests(ApiServerFixture server)
{
    private readonly HttpClient _http = server.Http;

    [Fact]
    public async Task A_batch_applies_each_item_to_its_entity_and_answers_in_request_order()
    {
        var n = await Network.CreateAsync(_http);
        var before = await n.EffectsAsync(_http);
        var sale = n.Sale(88.80m);
        var deposit = n.Deposit(2_500m);
        var repayment = n.Repayment(1_032.80m);

        var results = await _http.ApplyAsync(Tx.Batch(sale, deposit, repayment));

        Assert.Equal(
            [(Tx.IdOf(sale), "Applied", false), (Tx.IdOf(deposit), "Applied", false), (Tx.IdOf(repayment), "Applied", false)],
            results.Select(r => (r.Id, r.Status, r.Replayed)));
        var after = await n.EffectsAsync(_http);
        Assert.Equal(new Effects(1, 88.80m, 2_500m, before.LoanOutstanding - 1_032.80m, 1_032.80m, before.LoanOutstanding - 1_032.80m), after);

        var terminal = await _http.SnapshotAsync($"/api/terminals/{n.TerminalId}");
        Assert.Equal(DateTimeOffset.Parse((string)sale["at"]!), (DateTimeOffset)terminal["lastSaleAt"]!);
        var loan = await _http.SnapshotAsync($"/api/loans/{n.LoanId}");
        Assert.Equal("Current", (string)loan["stage"]!);
        Assert.Equal(n.DisbursedOn.AddMonths(2).Iso(), (string)loan["nextDueDate"]!); // the first installment is paid in full
    }

    [Fact]
    public async Task Items_for_unknown_entities_are_unknownEntity_while_the_others_apply()
    {
        var n = await Network.CreateAsync(_http);
        var before = await n.EffectsAsync(_http);
        var sale = n.Sale(10m);
        var ghostSale = Tx.Sale(Ids.New("pos"), 10m);
        var deposit = n.Deposit(300m);
        var ghostRepayment = Tx.Repayment(Ids.New("loan"), 10m);
        var ghostDeposit = Tx.Deposit(Ids.New("cli"), 10m);
        var ghostWithdrawal = Tx.Withdrawal(Ids.New("cli"), 10m);
        var repayment = n.Repayment(100m);

        var results = await _http.ApplyAsync(Tx.Batch(sale, ghostSale, deposit, ghostRepayment, ghostDeposit, ghostWithdrawal, repayment));

        Assert.Equal(
            ["Applied", "UnknownEntity", "Applied", "UnknownEntity", "UnknownEntity", "UnknownEntity", "Applied"],
            results.Select(r => r.Status));
        Assert.Equal(
            new[] { sale, ghostSale, deposit, ghostRepayment, ghostDeposit, ghostWithdrawal, repayment }.Select(Tx.IdOf),
            results.Select(r => r.Id));
        Assert.Contains((string)ghostSale["terminalId"]!, results[1].Detail);
        Assert.Contains((string)ghostRepayment["loanId"]!, results[3].Detail);
        Assert.Contains((string)ghostDeposit["clientId"]!, results[4].Detail);
        Assert.All(results, r => Assert.False(r.Replayed));

        Assert.Equal(before with
        {
            SalesCount = 1, SalesAmount = 10m, DepositBalance = 300m, LoanOutstanding = before.LoanOutstanding - 100m, FirstInstallmentPaid = 100m,
            ClientLoanBalance = before.LoanOutstanding - 100m,
        }, await n.EffectsAsync(_http));
        // An unknown id did not create the entity.
        (await _http.ApiGetAsync($"/api/terminals/{ghostSale["terminalId"]}")).ShouldBe(HttpStatusCode.NotFound);
        (await _http.ApiGetAsync($"/api/clients/{ghostDeposit["clientId"]}")).ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Posting_the_same_batch_again_replays_the_outcomes_and_changes_nothing()
    {
        var n = await Network.CreateAsync(_http);
        var before = await n.EffectsAsync(_http);
        var batch = Tx.Batch(n.Sale(199.90m), n.Deposit(5_000m), n.Repayment(700m));

        var first = await _http.ApplyAsync(batch);
        var afterFirst = await n.EffectsAsync(_http);
        var second = await _http.ApplyAsync(batch);
        var third = await _http.ApplyAsync(batch);

        Assert.All(first, r => Assert.Equal(("Applied", false), (r.Status, r.Replayed)));
        Assert.Equal(first.Select(r => r with { Replayed = true }), second);
        Assert.Equal(second, third);
        var expected = new Effects(1, 199.90m, 5_000m, before.LoanOutstanding - 700m, 700m, before.LoanOutstanding - 700m);
        Assert.Equal(expected, afterFirst);
        Assert.Equal(expected, await n.EffectsAsync(_http));
    }

    [Fact]
    public async Task A_redelivered_id_is_replayed_even_inside_another_batch_with_other_details()
    {
        var n = await Network.CreateAsync(_http);
        var deposit = n.Deposit(1_000m);
        await _http.ApplyAsync(Tx.Batch(deposit));

        // Same id, a different amount, next to a new item: the id wins, the new item applies.
        var redelivered = n.Deposit(9_999m, id: Tx.IdOf(deposit));
        var fresh = n.Deposit(1m);
        var results = await _http.ApplyAsync(Tx.Batch(redelivered, fresh));

        Assert.Equal([(Tx.IdOf(deposit), "Applied", true), (Tx.IdOf(fresh), "Applied", false)], results.Select(r => (r.Id, r.Status, r.Replayed)));
        Assert.Equal(1_001m, (await n.EffectsAsync(_http)).DepositBalance);
    }

    [Fact]
    public async Task A_withdrawal_above_the_balance_is_refused_and_its_replay_gives_the_same_refusal()
    {
        var n = await Network.CreateAsync(_http);
        await _http.ApplyAsync(Tx.Batch(n.Deposit(100m)));
        var withdrawal = n.Withdrawal(100.01m);

        var first = Assert.Single(await _http.ApplyAsync(Tx.Batch(withdrawal)));
        Assert.Equal(("Refused", false), (first.Status, first.Replayed));
        Assert.Contains("overdraw", first.Detail);
        Assert.Equal(100m, (await n.EffectsAsync(_http)).DepositBalance);

        // The money arrives later; the refused id stays refused (its first outcome), a new withdrawal goes through.
        await _http.ApplyAsync(Tx.Batch(n.Deposit(50m)));
        var replay = Assert.Single(await _http.ApplyAsync(Tx.Batch(withdrawal)));
        Assert.Equal(first with { Replayed = true }, replay);
        Assert.Equal(150m, (await n.EffectsAsync(_http)).DepositBalance);

        var covered = Assert.Single(await _http.ApplyAsync(Tx.Batch(n.Withdrawal(150m))));
        Assert.Equal("Applied", covered.Status);
        Assert.Equal(0m, (await n.EffectsAsync(_http)).DepositBalance);
    }

    [Fact]
    public async Task Movements_of_one_client_apply_in_batch_order()
    {
        var n = await Network.CreateAsync(_http);
        // In order, every withdrawal is covered by the deposits before it; any other order would overdraw.
        var results = await _http.ApplyAsync(Tx.Batch(n.Deposit(10m), n.Deposit(10m), n.Withdrawal(20m), n.Deposit(5m), n.Withdrawal(5m)));

        Assert.Equal(["Applied", "Applied", "Applied", "Applied", "Applied"], results.Select(r => r.Status));
        Assert.Equal(0m, (await n.EffectsAsync(_http)).DepositBalance);
    }

    [Fact]
    public async Task A_transaction_older_than_the_7_day_replay_window_is_refused_and_one_inside_it_applies()
    {
        var n = await Network.CreateAsync(_http);
        var before = await n.EffectsAsync(_http);
        var tooOld = DateTimeOffset.UtcNow.AddDays(-7).AddMinutes(-5);
        var stale = new[] { n.Sale(10m, at: tooOld), n.Deposit(10m, at: tooOld), n.Repayment(10m, at: tooOld) };

        var results = await _http.ApplyAsync(Tx.Batch(stale));

        Assert.All(results, r =>
        {
            Assert.Equal(("Refused", false), (r.Status, r.Replayed));
            Assert.Contains("7-day replay window", r.Detail);
        });
        Assert.Equal(before, await n.EffectsAsync(_http));
        // Posting it again is refused again, never applied.
        Assert.All(await _http.ApplyAsync(Tx.Batch(stale)), r => Assert.Equal("Refused", r.Status));
        Assert.Equal(before, await n.EffectsAsync(_http));

        // Six days old is inside the window. A repayment is dated after the disbursement, hence "today" if the loan is that young.
        var inside = DateTimeOffset.UtcNow.AddDays(-6);
        var repaymentAt = BankDates.Today > n.DisbursedOn.AddDays(6) ? inside : Tx.RecentAt;
        Assert.All(await _http.ApplyAsync(Tx.Batch(n.Sale(10m, at: inside), n.Deposit(10m, at: inside), n.Repayment(10m, at: repaymentAt))),
            r => Assert.Equal("Applied", r.Status));
        Assert.Equal(new Effects(1, 10m, 10m, before.LoanOutstanding - 10m, 10m, before.LoanOutstanding - 10m), await n.EffectsAsync(_http));
    }
}
