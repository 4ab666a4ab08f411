using Actors.Domain.Loans;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static Actors.Domain.Tests.Bank;

namespace Actors.Domain.Tests.Loans;

public class RepaymentReminderTests
{
    [Theory]
    // The brief's example: 15–22 Feb are off, Sat 14 Feb is a make-up working day → 14, 13, 12 Feb.
    [InlineData("2026-02-23", "2026-02-12")]
    [InlineData("2026-02-24", "2026-02-12")] // 23 Feb is still off: the same three days count
    [InlineData("2026-03-02", "2026-02-26")] // Sat 28 Feb make-up counts: 28, 27, 26
    // New Year: 1–3 Jan off, Sun 4 Jan worked; 2025 is not loaded, so its days are Mon–Fri.
    [InlineData("2026-01-05", "2025-12-30")] // 4 Jan, 31 Dec, 30 Dec
    [InlineData("2026-01-06", "2025-12-31")] // 5, 4 Jan, 31 Dec
    [InlineData("2026-01-07", "2026-01-04")] // 6, 5, 4 Jan: the reminder is on the make-up Sunday
    [InlineData("2026-04-07", "2026-04-01")] // Qingming 4–6 Apr
    // Labour Day: 1–5 May off, Sat 9 May worked.
    [InlineData("2026-05-06", "2026-04-28")]
    [InlineData("2026-05-11", "2026-05-07")] // 9, 8, 7 May
    [InlineData("2026-05-12", "2026-05-08")] // 11, 9, 8 May
    [InlineData("2026-06-22", "2026-06-16")] // Dragon Boat 19–21 Jun: 18, 17, 16
    // National Day: 1–7 Oct off, Sun 20 Sep and Sat 10 Oct worked.
    [InlineData("2026-09-22", "2026-09-18")] // 21, 20 (Sun, worked), 18
    [InlineData("2026-09-28", "2026-09-22")] // Mid-Autumn 25–27 Sep: 24, 23, 22
    [InlineData("2026-10-08", "2026-09-28")] // 30, 29, 28 Sep
    [InlineData("2026-10-12", "2026-10-08")] // 10 (Sat, worked), 9, 8 Oct
    // An ordinary week.
    [InlineData("2026-03-13", "2026-03-10")]
    [InlineData("2026-03-16", "2026-03-11")] // Monday: back over the weekend
    // Due dates are not moved for weekends or holidays; the reminder still counts working days back.
    [InlineData("2026-03-14", "2026-03-11")] // Saturday
    [InlineData("2026-03-15", "2026-03-11")] // Sunday
    [InlineData("2026-10-03", "2026-09-28")] // a National Day Saturday
    // A year not loaded falls back to Mon–Fri (the real 2027 Spring Festival is ignored).
    [InlineData("2027-02-15", "2027-02-10")]
    public void The_reminder_is_the_third_working_day_before_the_due_date(string due, string expected) =>
        Assert.Equal(D(expected), RepaymentReminder.ReminderDate(D(due), OfficialCalendar, LoanDefaults));

    [Fact]
    public void The_number_of_working_days_is_configurable() =>
        Assert.Equal(D("2026-02-10"), RepaymentReminder.ReminderDate(D("2026-02-23"), OfficialCalendar, new LoanRules { ReminderWorkingDays = 5 }));

    [Property]
    public Property The_reminder_is_a_working_day_with_exactly_N_working_days_from_it_to_the_due_date() =>
        Prop.ForAll(
            Gen.Choose(0, 800).Select(d => D("2025-11-01").AddDays(d)).ToArbitrary(),
            Gen.Choose(1, 6).ToArbitrary(),
            (due, n) =>
            {
                var reminder = RepaymentReminder.ReminderDate(due, OfficialCalendar, new LoanRules { ReminderWorkingDays = n });
                var workingDaysFromReminderToDue = Enumerable.Range(0, due.DayNumber - reminder.DayNumber)
                    .Count(i => OfficialCalendar.IsWorkingDay(reminder.AddDays(i)));
                return OfficialCalendar.IsWorkingDay(reminder) && reminder < due && workingDaysFromReminderToDue == n;
            });
}
