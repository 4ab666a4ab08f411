using Actors.Domain.Calendar;

namespace Actors.Domain.Loans;

/// <summary>Equal monthly installments; the first due one month after disbursement.</summary>
public static class LoanSchedule
{
    /// <summary>Null when the loan may be disbursed on that date, else the reason it may not.</summary>
    public static string? RefusalReason(DateOnly disbursedOn, WorkingCalendar calendar, LoanRules rules)
    {
        if (disbursedOn.Day > rules.LastDisbursementDayOfMonth)
            return $"No disbursement after the {Ordinal(rules.LastDisbursementDayOfMonth)} of a month: {disbursedOn:yyyy-MM-dd} is the {Ordinal(disbursedOn.Day)}.";
        if (!calendar.IsWorkingDay(disbursedOn))
            return calendar.IsPublicHoliday(disbursedOn)
                ? $"No disbursement on holidays: {disbursedOn:yyyy-MM-dd} is a public holiday."
                : $"No disbursement on holidays: {disbursedOn:yyyy-MM-dd} is a {disbursedOn.DayOfWeek}, not a working day.";
        return null;
    }

    /// <summary>
    /// Null when a loan disbursed on <paramref name="disbursedOn"/> may be registered on <paramref name="today"/>, else why
    /// not: the core system reports a loan once it is paid out, so a date still ahead is a mistake, and its schedule,
    /// reminders and overdue days would count from a day that has not come.
    /// </summary>
    public static string? RegistrationRefusal(DateOnly disbursedOn, DateOnly today, WorkingCalendar calendar, LoanRules rules) =>
        disbursedOn > today
            ? $"A loan is registered once disbursed: {disbursedOn:yyyy-MM-dd} is after today, {today:yyyy-MM-dd}."
            : RefusalReason(disbursedOn, calendar, rules);

    /// <summary>The due date of the n-th month after disbursement, clamped to that month's last day.</summary>
    /// <remarks>Always counted from the disbursement date, so a clamped February does not pull March back.</remarks>
    public static DateOnly DueDate(DateOnly disbursedOn, int monthsAfter)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(monthsAfter);
        return disbursedOn.AddMonths(monthsAfter); // DateOnly.AddMonths clamps to the month's last day
    }

    /// <summary>Annuity installments rounded to the fen; the last one absorbs rounding so principal sums exactly.</summary>
    public static IReadOnlyList<Installment> Build(LoanTerms terms)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(terms.Principal);
        ArgumentOutOfRangeException.ThrowIfNegative(terms.AnnualRate);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(terms.TermMonths);

        var n = terms.TermMonths;
        var monthlyRate = terms.AnnualRate / 12m;
        var payment = Fen(monthlyRate == 0 ? terms.Principal / n : Annuity(terms.Principal, monthlyRate, n));

        var installments = new List<Installment>(n);
        var remaining = terms.Principal;
        for (var k = 1; k <= n; k++)
        {
            var interest = Fen(remaining * monthlyRate);
            var principal = k == n ? remaining : payment - interest;
            installments.Add(new Installment(k, DueDate(terms.DisbursedOn, k), principal, interest));
            remaining -= principal;
        }
        return installments;
    }

    /// <summary>P·r·(1+r)^n / ((1+r)^n − 1), in decimal so fen rounding is exact.</summary>
    private static decimal Annuity(decimal principal, decimal monthlyRate, int months)
    {
        var growth = 1m;
        for (var i = 0; i < months; i++)
            growth *= 1m + monthlyRate;
        return principal * monthlyRate * growth / (growth - 1m);
    }

    private static decimal Fen(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero);

    private static string Ordinal(int day) => (day % 100, day % 10) switch
    {
        (11 or 12 or 13, _) => $"{day}th",
        (_, 1) => $"{day}st",
        (_, 2) => $"{day}nd",
        (_, 3) => $"{day}rd",
        _ => $"{day}th",
    };
}
