using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using Actors.Api.Rules;
using Actors.Contracts.Transactions;
using Actors.Domain;

namespace Actors.Api.Apis;

/// <summary>A batch as upstream systems post it (at most Transactions:MaxBatchSize items, 1000 by default).</summary>
public sealed record TransactionBatchRequest([property: Required, Items(1, 100_000)] List<TransactionItem?>? Transactions);

/// <summary>
/// One transaction. <c>type</c> says which entity id is required: PosSale → terminalId, Repayment → loanId,
/// Deposit / Withdrawal → clientId. <c>at</c> is the business timestamp with its offset.
/// </summary>
public sealed record TransactionItem(
    [property: Required, GridId, Description("Unique per entity: sending it again is a replay, answered with the first outcome.")] string? Id,
    [property: Required] TransactionType? Type,
    [property: GridId, Description("Required for a PosSale.")] string? TerminalId,
    [property: GridId, Description("Required for a Repayment.")] string? LoanId,
    [property: GridId, Description("Required for a Deposit or a Withdrawal.")] string? ClientId,
    [property: Required, Amount] decimal? Amount,
    [property: Required, Dates(Earliest = "2000-01-01"), Description("Not later than now plus Transactions:MaxClockSkew (5 minutes).")] DateTimeOffset? At)
    : ICrossFieldRules
{
    /// <summary>The id of the entity this type of transaction applies to, or null.</summary>
    [JsonIgnore]
    public string? EntityId => Type switch
    {
        TransactionType.PosSale => TerminalId,
        TransactionType.Repayment => LoanId,
        _ => ClientId,
    };

    [JsonIgnore]
    public string EntityField => Type switch
    {
        TransactionType.PosSale => "terminalId",
        TransactionType.Repayment => "loanId",
        _ => "clientId",
    };

    public IEnumerable<Refusal> Refusals(GridClock clock)
    {
        if (Type is not null && EntityId is null)
        {
            yield return Refusal.Invalid(EntityField, "is required", "必须填写");
        }
        if (At > clock.Now + clock.MaxClockSkew)
        {
            yield return Refusal.Invalid("at", "is in the future", "不能是将来的时间");
        }
    }
}

public enum TransactionType { PosSale, Repayment, Deposit, Withdrawal }

public sealed record TransactionBatchResponse(IReadOnlyList<TransactionResult> Results);

/// <summary>What became of one transaction; <c>replayed</c>: its id was applied before, and this is that first outcome.</summary>
public sealed record TransactionResult(string Id, OutcomeStatus Status, string? Detail, bool Replayed);
