using Actors.Domain.Loans;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static Actors.Domain.Tests.Bank;

namespace Actors.Domain.Tests.Loans;

public class DelinquencyTests
{
    [Theory]
    [InlineData("2026-02-23", "2026-02-23", 1)] // the evening of the due date shows 1
    [InlineData("2026-02-23", "2026-02-24", 1)] // and so does the next day
    [InlineData("2026-02-23", "2026-02-25", 2)]
    [InlineData("2026-01-31", "2026-02-01", 1)] // across a month end
    [InlineData("2026-01-31", "2026-02-28", 28)]
    [InlineData("2026-01-31", "2026-03-01", 29)]
    [InlineData("2025-12-31", "2026-01-01", 1)] // across a year end
    [InlineData("2028-02-28", "2028-03-01", 2)] // across a leap day
    public void Days_past_due_are_calendar_days_from_the_oldest_unpaid_due_date_at_least_one(string due, string today, int expected) =>
        Assert.Equal(expected, Delinquency.DaysPastDue(D(due), D(today)));

    [Theory]
    [InlineData(0, false, LoanStage.Current)]
    [InlineData(0, true, LoanStage.PreDue)]
    [InlineData(1, false, LoanStage.M1)]
    [InlineData(1, true, LoanStage.M1)] // once overdue, the reminder window does not matter
    [InlineData(30, false, LoanStage.M1)]
    [InlineData(31, false, LoanStage.M2)]
    [InlineData(60, false, LoanStage.M2)]
    [InlineData(61, false, LoanStage.M3)]
    [InlineData(90, false, LoanStage.M3)]
    [InlineData(91, false, LoanStage.M4)]
    [InlineData(1000, false, LoanStage.M4)]
    public void The_stage_follows_days_past_due(int dpd, bool inReminderWindow, LoanStage expected) =>
        Assert.Equal(expected, Delinquency.StageOf(dpd, inReminderWindow, LoanDefaults));

    [Fact]
    public void Stage_bounds_are_configurable() =>
        Assert.Equal(LoanStage.M2, Delinquency.StageOf(16, false, new LoanRules { M1MaxDays = 15, M2MaxDays = 45, M3MaxDays = 75 }));

    [Fact]
    public void Negative_days_past_due_are_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Delinquency.StageOf(-1, false, LoanDefaults));

    [Property]
    public Property Days_past_due_are_at_least_one_once_overdue() =>
        Prop.ForAll(
            Gen.Choose(0, 1000).Select(d => D("2026-01-01").AddDays(d)).ToArbitrary(),
            Gen.Choose(0, 400).ToArbitrary(),
            (due, daysLater) =>
            {
                var dpd = Delinquency.DaysPastDue(due, due.AddDays(daysLater));
                return dpd >= 1 && dpd == Math.Max(1, daysLater) && Delinquency.StageOf(dpd, false, LoanDefaults) is not (LoanStage.Current or LoanStage.PreDue);
            });
}
