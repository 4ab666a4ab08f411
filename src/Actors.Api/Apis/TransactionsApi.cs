using Microsoft.Extensions.DependencyInjection;
using Actors.Contracts;
using Actors.Api.Http;
using Actors.Contracts.Clients;
using Actors.Contracts.Loans;
using Actors.Contracts.Terminals;
using Actors.Contracts.Transactions;
using Actors.Domain;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace Actors.Api.Apis;

public static class TransactionsApi
{
    public static RouteGroupBuilder MapTransactionsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/transactions").WithTags("Transactions");
        api.MapPost("/", PostBatch)
            .UpstreamOrManagement()
            .Accepts<TransactionBatchRequest>("application/json")
            .Produces<TransactionBatchResponse>()
            .ProducesValidationProblem()
            .WithSummary("Apply a batch of POS sales, repayments, deposits and withdrawals; idempotent by transaction id.");
        return api;
    }

    /// <summary>
    /// Validates the whole batch first (one bad item: 400, nothing applied), then applies each item on its entity's grain.
    /// Items of one entity go in batch order; entities go in parallel. Returns after every effect is durable.
    /// </summary>
    private static async Task<IResult> PostBatch(HttpRequest request, IGrainFactory grains, InstitutionScope scope, IOptions<TransactionOptions> options, [FromKeyedServices(BusinessTime.ClockKey)] TimeProvider time, CancellationToken ct)
    {
        var (batch, problem) = await JsonBody.ReadAsync<TransactionBatchRequest>(request, ct);
        if (problem is not null)
        {
            return problem;
        }
        var errors = Validate(batch!, options.Value, time.GetUtcNow());
        if (errors.Any)
        {
            return errors.ToResult();
        }
        var items = batch!.Transactions!.Select(i => i!).ToList();
        if (await OutsideScope(request, grains, scope, items) is { } refused)
        {
            return refused;
        }
        var outcomes = new TransactionOutcome[items.Count];
        // One group per entity (a deposit and a withdrawal of one client share it), so that its items keep batch order.
        var byEntity = items.Select((item, index) => (item, index)).GroupBy(x => (EntityField(x.item.Type!.Value), EntityId(x.item)));
        try
        {
            // A bounded number of entities at a time: the embedded store has one write lock, and a thousand writers
            // racing for it commit slower than a few in turn (docs/benchmarks.md).
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Value.MaxEntitiesInFlight, CancellationToken = CancellationToken.None };
            await Parallel.ForEachAsync(byEntity, parallel, async (group, _) =>
            {
                foreach (var (item, index) in group)
                {
                    outcomes[index] = await Apply(grains, item);
                }
            });
        }
        catch (TimeoutException)
        {
            // Overload, not bad input: some items may be applied already, and a retry of the same batch is safe
            // because every transaction is idempotent by id.
            return TypedResults.Problem(
                "The grid could not apply every transaction in time. Post the same batch again: items already applied are answered with their first outcome.",
                statusCode: StatusCodes.Status503ServiceUnavailable, title: "Try again");
        }
        return TypedResults.Ok(new TransactionBatchResponse(
            [.. outcomes.Select(o => new TransactionResult(o.TransactionId, JsonNaming(o.Status), o.Detail, o.Replayed))]));
    }

    /// <summary>
    /// The upstream system and head-office staff post for the whole bank; other management department staff only for
    /// entities of their own institutions (an unknown entity is left to its item's own outcome).
    /// </summary>
    private static async Task<IResult?> OutsideScope(HttpRequest request, IGrainFactory grains, InstitutionScope scope, List<TransactionItem> items)
    {
        if (UpstreamKey.Presented(request.HttpContext) || request.HttpContext.Staff() is not { } staff || await scope.CoversEverything(staff))
        {
            return null;
        }
        foreach (var (type, id) in items.Select(i => (i.Type!.Value, EntityId(i)!)).Distinct())
        {
            var institution = type switch
            {
                TransactionType.PosSale => await TerminalsAndLoansApi.InstitutionOfTerminal(grains, id),
                TransactionType.Repayment => await TerminalsAndLoansApi.InstitutionOfLoan(grains, id),
                _ => (await grains.GetGrain<IClientGrain>(id).GetSnapshot())?.InstitutionId,
            };
            if (institution is not null && !await scope.Covers(staff, institution))
            {
                return StaffProblems.Forbidden($"{EntityField(type)} {id} is outside your institution");
            }
        }
        return null;
    }

    private static Task<TransactionOutcome> Apply(IGrainFactory grains, TransactionItem t) => t.Type switch
    {
        TransactionType.PosSale => grains.GetGrain<ITerminalGrain>(t.TerminalId!).ApplySale(new PosSale(t.Id!, t.TerminalId!, t.Amount!.Value, t.At!.Value)),
        TransactionType.Repayment => grains.GetGrain<ILoanGrain>(t.LoanId!).ApplyRepayment(new LoanRepayment(t.Id!, t.LoanId!, t.Amount!.Value, t.At!.Value)),
        TransactionType.Deposit => grains.GetGrain<IClientGrain>(t.ClientId!).ApplyMovement(new AccountMovement(t.Id!, t.ClientId!, AccountMovementKind.Deposit, t.Amount!.Value, t.At!.Value)),
        _ => grains.GetGrain<IClientGrain>(t.ClientId!).ApplyMovement(new AccountMovement(t.Id!, t.ClientId!, AccountMovementKind.Withdrawal, t.Amount!.Value, t.At!.Value)),
    };

    private static string? EntityId(TransactionItem t) => t.Type switch
    {
        TransactionType.PosSale => t.TerminalId,
        TransactionType.Repayment => t.LoanId,
        _ => t.ClientId,
    };

    private static string EntityField(TransactionType type) => type switch
    {
        TransactionType.PosSale => "terminalId",
        TransactionType.Repayment => "loanId",
        _ => "clientId",
    };

    private static Problems Validate(TransactionBatchRequest batch, TransactionOptions options, DateTimeOffset now)
    {
        var errors = new Problems();
        if (batch.Transactions is not { Count: > 0 } items)
        {
            return errors.Add("transactions", "must contain at least one transaction");
        }
        if (items.Count > options.MaxBatchSize)
        {
            return errors.Add("transactions", $"must contain at most {options.MaxBatchSize} transactions per batch");
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            var field = $"transactions[{i}]";
            if (items[i] is not { } t)
            {
                errors.Add(field, "must not be null");
                continue;
            }
            if (errors.Required($"{field}.id", t.Id) is { } id && !seen.Add(id))
            {
                errors.Add($"{field}.id", "appears twice in this batch");
            }
            errors.RequiredValue($"{field}.type", t.Type);
            if (t.Type is { } type)
            {
                errors.Required($"{field}.{EntityField(type)}", EntityId(t));
            }
            errors.Money($"{field}.amount", t.Amount);
            errors.RequiredValue($"{field}.at", t.At);
            if (t.At > now + options.MaxClockSkew)
            {
                errors.Add($"{field}.at", "is in the future");
            }
        }
        return errors;
    }

    private static string JsonNaming(OutcomeStatus status) => JsonBody.Options.PropertyNamingPolicy!.ConvertName(status.ToString());
}
