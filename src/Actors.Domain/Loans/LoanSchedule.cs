using Actors.Domain.Calendar;

namespace Actors.Domain.Loans;

/// <summary>Equal monthly installments; the first due one month after disbursement.</summary>
public static class LoanSchedule
{
    /// <summary>
    /// The earliest disbursement date the grid takes (our default): the grid follows loans being repaid now, and a date
    /// decades back is a typing mistake whose overdue days would run to hundreds of thousands.
    /// </summary>
    public static readonly DateOnly EarliestDisbursement = new(2000, 1, 1);

    /// <summary>Null when the loan may be disbursed on that date, else the reason it may not (field "disbursedOn").</summary>
    public static Refusal? RefusalReason(DateOnly disbursedOn, WorkingCalendar calendar, LoanRules rules)
    {
        if (disbursedOn.Day > rules.LastDisbursementDayOfMonth)
            return Refusal.Invalid(Field,
                $"No disbursement after the {Ordinal(rules.LastDisbursementDayOfMonth)} of a month: {disbursedOn:yyyy-MM-dd} is the {Ordinal(disbursedOn.Day)}.",
                $"每月 {rules.LastDisbursementDayOfMonth} 日之后不放款：{disbursedOn:yyyy-MM-dd} 是 {disbursedOn.Day} 日。");
        if (!calendar.IsWorkingDay(disbursedOn))
            return calendar.IsPublicHoliday(disbursedOn)
                ? Refusal.Invalid(Field, $"No disbursement on holidays: {disbursedOn:yyyy-MM-dd} is a public holiday.",
                    $"节假日不放款：{disbursedOn:yyyy-MM-dd} 是法定节假日。")
                : Refusal.Invalid(Field, $"No disbursement on holidays: {disbursedOn:yyyy-MM-dd} is a {disbursedOn.DayOfWeek}, not a working day.",
                    $"节假日不放款：{disbursedOn:yyyy-MM-dd} 是{ChineseDay(disbursedOn.DayOfWeek)}，不是工作日。");
        return null;
    }

    private const string Field = "disbursedOn";

    private static string ChineseDay(DayOfWeek day) => day switch
    {
        DayOfWeek.Saturday => "星期六",
        DayOfWeek.Sunday => "星期日",
        _ => "星期" + "一二三四五"[(int)day - 1],
    };

    /// <summary>
    /// Null when a loan disbursed on <paramref name="disbursedOn"/> may be registered on <paramref name="today"/>, else why
    /// not: the core system reports a loan once it is paid out, so a date still ahead is a mistake, and its schedule,
    /// reminders and overdue days would count from a day that has not come.
    /// </summary>
    public static Refusal? RegistrationRefusal(DateOnly disbursedOn, DateOnly today, WorkingCalendar calendar, LoanRules rules) =>
        disbursedOn > today
            ? Refusal.Invalid(Field, $"A loan is registered once disbursed: {disbursedOn:yyyy-MM-dd} is after today, {today:yyyy-MM-dd}.",
                $"贷款放款后才登记：{disbursedOn:yyyy-MM-dd} 晚于今天 {today:yyyy-MM-dd}。")
            : disbursedOn < EarliestDisbursement
                ? Refusal.Invalid(Field, $"must not be before {EarliestDisbursement:yyyy-MM-dd}", $"不能早于 {EarliestDisbursement:yyyy-MM-dd}")
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
