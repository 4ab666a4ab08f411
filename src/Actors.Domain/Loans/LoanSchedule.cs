using Actors.Domain.Calendar;

namespace Actors.Domain.Loans;

/// <summary>Equal monthly installments; the first due one month after disbursement.</summary>
public static class LoanSchedule
{
    /// <summary>Null when the loan may be disbursed on that date, else the reason it may not.</summary>
    public static string? RefusalReason(DateOnly disbursedOn, WorkingCalendar calendar, LoanRules rules) => throw new NotImplementedException();

    /// <summary>The due date of the n-th month after disbursement, clamped to that month's last day.</summary>
    public static DateOnly DueDate(DateOnly disbursedOn, int monthsAfter) => throw new NotImplementedException();

    /// <summary>Annuity installments rounded to the fen; the last one absorbs rounding so principal sums exactly.</summary>
    public static IReadOnlyList<Installment> Build(LoanTerms terms) => throw new NotImplementedException();
}
