using Actors.Domain.Loans;
using static Actors.Domain.Tests.Bank;

namespace Actors.Domain.Tests.Loans;

public class DisbursementTests
{
    [Theory]
    [InlineData("2026-03-25")] // the 25th on a working day (Wednesday)
    [InlineData("2026-02-14")] // make-up Saturday: a working day
    [InlineData("2026-01-04")] // make-up Sunday
    [InlineData("2026-03-02")]
    [InlineData("2026-10-08")] // first working day after National Day
    public void A_loan_may_be_disbursed_on_a_working_day_up_to_the_25th(string date) =>
        Assert.Null(LoanSchedule.RefusalReason(D(date), OfficialCalendar, LoanDefaults));

    [Theory]
    [InlineData("2026-05-26", "25th")] // a Tuesday, but after the 25th
    [InlineData("2026-01-31", "25th")]
    [InlineData("2026-10-01", "public holiday")] // National Day, a Thursday
    [InlineData("2026-02-23", "public holiday")] // Spring Festival's last day, a Monday
    [InlineData("2026-09-25", "public holiday")] // Mid-Autumn Friday
    [InlineData("2026-03-07", "Saturday")]
    [InlineData("2026-10-25", "Sunday")] // the 25th, but a Sunday
    public void A_loan_is_refused_after_the_25th_or_on_a_day_that_is_not_worked(string date, string reasonMentions)
    {
        var reason = LoanSchedule.RefusalReason(D(date), OfficialCalendar, LoanDefaults);

        Assert.NotNull(reason);
        Assert.Equal("disbursedOn", reason.Field);
        Assert.Contains(reasonMentions, reason.Detail.En);
        Assert.Contains(date, reason.Detail.Zh);
    }

    [Fact]
    public void The_last_disbursement_day_is_configurable() =>
        Assert.Null(LoanSchedule.RefusalReason(D("2026-05-26"), OfficialCalendar, new LoanRules { LastDisbursementDayOfMonth = 28 }));

    [Theory]
    [InlineData("2026-03-25", "2026-03-25", true)] // registered the day it is paid out
    [InlineData("2026-03-02", "2026-11-23", true)]
    [InlineData("2026-03-26", "2026-03-25", false)] // tomorrow's loan is not a loan yet (and the 26th is refused anyway)
    [InlineData("2026-04-01", "2026-03-31", false)]
    [InlineData("1999-12-31", "2026-03-31", false)] // before 2000: a typing mistake, whose overdue days would run to thousands
    [InlineData("0001-01-01", "2026-03-31", false)]
    public void A_loan_is_registered_only_once_disbursed(string disbursedOn, string today, bool accepted)
    {
        var reason = LoanSchedule.RegistrationRefusal(D(disbursedOn), D(today), OfficialCalendar, LoanDefaults);

        Assert.Equal(accepted, reason is null);
    }

    [Fact]
    public void A_future_disbursement_is_refused_naming_both_dates() =>
        Assert.Equal("A loan is registered once disbursed: 2026-04-01 is after today, 2026-03-31.",
            LoanSchedule.RegistrationRefusal(D("2026-04-01"), D("2026-03-31"), OfficialCalendar, LoanDefaults)?.Detail.En);
}
