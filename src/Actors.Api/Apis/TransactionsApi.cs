using System.Diagnostics;
using Actors.Api.Http;
using Actors.Contracts.Clients;
using Actors.Contracts.Loans;
using Actors.Contracts.Terminals;
using Actors.Contracts.Transactions;
using Actors.Domain;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace Actors.Api.Apis;

/// <summary>Transactions from the core banking and acquiring systems (brief §6): POS sales, repayments, deposits, withdrawals.</summary>
public static class TransactionsApi
{
    public static RouteGroupBuilder MapTransactionsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/transactions").WithTags("Transactions");
        api.MapPost("/", PostTransactions).WithName("PostTransactions")
            .WithSummary("Apply a batch of transactions")
            .WithDescription($"POS sales, repayments, deposits and withdrawals, idempotent by transaction id. The core banking system sends header {UpstreamKey.Header}; "
                + "a signed-in management department user may post for its institutions. One bad item: 400 and nothing applied. "
                + "Answers once every effect is durable; 503 with Retry-After when the cluster is moving (post the same batch again).");
        return api;
    }

    /// <summary>
    /// Validates the whole batch first (one bad item: 400, nothing applied), then applies each item on its entity's grain.
    /// Items of one entity go in batch order; entities go in parallel.
    /// </summary>
    public static async Task<Results<Ok<TransactionBatchResponse>, Refused>> PostTransactions(
        [AsParameters] GridServices services, IOptions<TransactionOptions> options, TransactionBatchRequest request)
    {
        var problems = Validate(request, options.Value);
        if (problems.Any)
        {
            return problems.ToResult();
        }
        var items = request.Transactions!.Select(i => i!).ToList();
        if (await OutsideScope(services, items) is { } refused)
        {
            return refused;
        }
        var outcomes = new TransactionOutcome[items.Count];
        // One group per entity (a deposit and a withdrawal of one client share it), so that its items keep batch order.
        var byEntity = items.Select((item, index) => (item, index)).GroupBy(x => (x.item.EntityField, x.item.EntityId));
        // A bounded number of entities at a time: the embedded store has one write lock, and a thousand writers racing for
        // it commit slower than a few in turn (docs/benchmarks.md). A timeout is the cluster's 503: the batch may be resent.
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Value.MaxEntitiesInFlight, CancellationToken = CancellationToken.None };
        await Parallel.ForEachAsync(byEntity, parallel, async (group, _) =>
        {
            foreach (var (item, index) in group)
            {
                outcomes[index] = await Apply(services.Grains, item);
            }
        });
        return TypedResults.Ok(new TransactionBatchResponse([.. outcomes.Select(o => new TransactionResult(o.TransactionId, o.Status, o.Detail, o.Replayed))]));
    }

    /// <summary>
    /// The upstream system and head-office staff post for the whole bank; other management department staff only for
    /// entities of their own institutions (an unknown entity is left to its item's own outcome).
    /// </summary>
    private static async Task<Refused?> OutsideScope(GridServices services, List<TransactionItem> items)
    {
        if (UpstreamKey.Presented(services.Http) || services.Http.Staff() is null || await services.CoversEverything())
        {
            return null;
        }
        foreach (var (type, id) in items.Select(i => (i.Type!.Value, i.EntityId!)).Distinct())
        {
            var institution = type switch
            {
                TransactionType.PosSale => await TerminalsAndLoansApi.InstitutionOfTerminal(services.Grains, id),
                TransactionType.Repayment => await TerminalsAndLoansApi.InstitutionOfLoan(services.Grains, id),
                _ => (await services.Grain<IClientGrain>(id).GetSnapshot())?.InstitutionId,
            };
            if (institution is not null && !await services.Covers(institution))
            {
                return StaffProblems.OutsideInstitution(ThingOf(type), id);
            }
        }
        return null;
    }

    private static Task<TransactionOutcome> Apply(IGrainFactory grains, TransactionItem t) => t.Type switch
    {
        TransactionType.PosSale => grains.GetGrain<ITerminalGrain>(t.TerminalId!).ApplySale(new PosSale(t.Id!, t.TerminalId!, t.Amount!.Value, t.At!.Value)),
        TransactionType.Repayment => grains.GetGrain<ILoanGrain>(t.LoanId!).ApplyRepayment(new LoanRepayment(t.Id!, t.LoanId!, t.Amount!.Value, t.At!.Value)),
        TransactionType.Deposit => Movement(grains, t, AccountMovementKind.Deposit),
        TransactionType.Withdrawal => Movement(grains, t, AccountMovementKind.Withdrawal),
        // The enum converter reads defined names only; nothing else reaches here.
        _ => throw new UnreachableException($"transaction type {t.Type}"),
    };

    private static Task<TransactionOutcome> Movement(IGrainFactory grains, TransactionItem t, AccountMovementKind kind) =>
        grains.GetGrain<IClientGrain>(t.ClientId!).ApplyMovement(new AccountMovement(t.Id!, t.ClientId!, kind, t.Amount!.Value, t.At!.Value));

    private static Thing ThingOf(TransactionType type) => type switch
    {
        TransactionType.PosSale => Thing.Terminal,
        TransactionType.Repayment => Thing.Loan,
        _ => Thing.Client,
    };

    /// <summary>What the item's rules cannot say: the batch's size (configured), ids unique in the batch.</summary>
    private static Problems Validate(TransactionBatchRequest batch, TransactionOptions options)
    {
        var problems = new Problems();
        var items = batch.Transactions!;
        if (items.Count > options.MaxBatchSize)
        {
            return problems.Add("transactions", $"must contain at most {options.MaxBatchSize} transactions per batch", $"每批最多 {options.MaxBatchSize} 笔交易");
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            if (!seen.Add(items[i]!.Id!))
            {
                problems.Add($"transactions[{i}].id", "appears twice in this batch", "在本批中重复出现");
            }
        }
        return problems;
    }
}
