namespace Actors.Domain.Loans;

/// <summary>What was agreed at disbursement. Rate is nominal annual (0.06 = 6%).</summary>
public sealed record LoanTerms(decimal Principal, decimal AnnualRate, int TermMonths, DateOnly DisbursedOn);

/// <summary>One scheduled repayment.</summary>
public sealed record Installment(int Number, DateOnly DueDate, decimal Principal, decimal Interest)
{
    public decimal Amount => Principal + Interest;
}

/// <summary>A repayment as it reached the loan: business instant and amount.</summary>
public sealed record Repayment(string TransactionId, decimal Amount, DateTimeOffset At);

public enum LoanStage { Current, PreDue, M1, M2, M3, M4, Settled }
