using Actors.Domain.Loans;
using Actors.Grains.Infrastructure;

namespace Actors.Grains.Loans;

[GenerateSerializer, Alias("bg.LoanState.v1")]
public sealed class LoanState
{
    [Id(0)] public string? InstitutionId { get; set; }
    [Id(1)] public string ClientId { get; set; } = "";
    [Id(2)] public decimal Principal { get; set; }
    [Id(3)] public decimal AnnualRate { get; set; }
    [Id(4)] public int TermMonths { get; set; }
    [Id(5)] public DateOnly DisbursedOn { get; set; }
    /// <summary>The schedule agreed at disbursement, kept as agreed even if the rules change later.</summary>
    [Id(6)] public List<InstallmentState> Schedule { get; set; } = [];
    [Id(7)] public List<RepaymentState> Repayments { get; set; } = [];
    /// <summary>The stage and DPD last published: the daily clock compares against them to tell what changed.</summary>
    [Id(8)] public LoanStage Stage { get; set; }
    [Id(9)] public int DaysPastDue { get; set; }
    [Id(10)] public DateTimeOffset? ClockArmedAt { get; set; }
    /// <summary>Receipts a state written before issue 13 still carries; moved to receipt rows by the next repayment.</summary>
    [Id(11)] public TransactionReceipts? Receipts { get; set; }
    [Id(12)] public LoanCollectionsState Collections { get; set; } = new();
    /// <summary>The calendar years the armed clock was counted over (rows of <see cref="CalendarDependency"/>).</summary>
    [Id(13)] public List<int> CalendarYears { get; set; } = [];
    /// <summary>The rules' next instant at the last evaluation (the armed one may be earlier: re-arming later is lazy).</summary>
    [Id(14)] public DateTimeOffset? NextClockAt { get; set; }
    /// <summary>The outstanding and overdue amounts last published: a repayment dated ahead moves them when its time comes.</summary>
    [Id(15)] public decimal? Outstanding { get; set; }
    [Id(16)] public decimal? OverdueAmount { get; set; }
    /// <summary>The outstanding the client was last told (null: not yet), so every evaluation that moves it tells the client.</summary>
    [Id(17)] public decimal? ClientTold { get; set; }
    /// <summary>The borrower's name and manager as the client last told (the worklist names both); null on loans registered before.</summary>
    [Id(18)] public string? ClientName { get; set; }
    [Id(19)] public string? ClientManagerId { get; set; }

    public bool IsRegistered => InstitutionId is not null;

    public IReadOnlyList<Installment> ToInstallments() => [.. Schedule.Select(i => new Installment(i.Number, i.DueDate, i.Principal, i.Interest))];
    public IReadOnlyList<Repayment> ToRepayments() => [.. Repayments.Select(r => new Repayment(r.TransactionId, r.Amount, r.At))];
}

[GenerateSerializer, Immutable, Alias("bg.InstallmentState.v1")]
public sealed record InstallmentState(int Number, DateOnly DueDate, decimal Principal, decimal Interest);

[GenerateSerializer, Immutable, Alias("bg.RepaymentState.v1")]
public sealed record RepaymentState(string TransactionId, decimal Amount, DateTimeOffset At);
