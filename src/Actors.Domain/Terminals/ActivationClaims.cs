namespace Actors.Domain.Terminals;

public enum ClaimStatus { Filed, Batched, Approved, Credited, NotCredited, Rejected, Withdrawn }

/// <summary>Activation claims (提升划转, brief §2): who may file, when team leads batch, when the month-end check runs.</summary>
public static class ActivationClaims
{
    /// <summary>
    /// A claim is filed on a terminal that was on its institution's previous month-end inactive list and is active again,
    /// by someone who does not already maintain it, while no other transfer or claim is open on it.
    /// </summary>
    public static TransferDecision? MayFile(bool onLastMonthsInactiveList, bool inactiveNow, bool claimantIsMaintainer, bool anotherTransferOpen) =>
        !onLastMonthsInactiveList ? TransferDecision.Conflict("the terminal was not on the previous month-end inactive list", "该终端不在上月末无效户清单上")
        : inactiveNow ? TransferDecision.Conflict("the terminal is still inactive", "该终端仍是无效户")
        : claimantIsMaintainer ? TransferDecision.Conflict("the claimant already maintains the terminal", "申请人已是该终端的维护人")
        : anotherTransferOpen ? TransferDecision.Conflict("another transfer or claim is open on the terminal", "该终端另有办理中的移交或提升划转")
        : null;

    /// <summary>
    /// Team leads batch on the 1st and the 15th, or on the next working day when that day is not a working day (brief §7).
    /// </summary>
    public static bool IsBatchDay(DateOnly date, Calendar.WorkingCalendar calendar) =>
        date == calendar.NextWorkingDayOnOrAfter(new DateOnly(date.Year, date.Month, 1))
        || date == calendar.NextWorkingDayOnOrAfter(new DateOnly(date.Year, date.Month, 15));

    /// <summary>
    /// The month whose statistics decide an approved claim: the month it was filed in, or the month it was finally
    /// approved in when approval came later (our default; the documents check "at month end").
    /// </summary>
    public static DateOnly VerificationMonth(DateOnly filedOn, DateOnly approvedOn) =>
        FirstOfMonth(approvedOn > filedOn ? approvedOn : filedOn);

    /// <summary>Month-end jobs run at 00:00 on the 1st for the month just ended (brief §7).</summary>
    public static DateTimeOffset MonthEndOf(DateOnly month, BusinessClock clock) => clock.StartOf(FirstOfMonth(month).AddMonths(1));

    public static DateOnly FirstOfMonth(DateOnly date) => new(date.Year, date.Month, 1);

    public static string MonthKey(DateOnly month) => $"{month.Year:D4}-{month.Month:D2}";

    public static ClaimStatus StatusOf(IReadOnlyList<StepEntry> entries)
    {
        var status = TransferChain.Status(TransferKind.Activation, entries);
        return status switch
        {
            TransferStatus.Completed => ClaimStatus.Credited,
            TransferStatus.Withdrawn => ClaimStatus.Withdrawn,
            TransferStatus.Rejected => entries[^1].Step == StepName.Verified ? ClaimStatus.NotCredited : ClaimStatus.Rejected,
            _ => TransferChain.NextStep(TransferKind.Activation, entries) switch
            {
                StepName.Batched => ClaimStatus.Filed,
                StepName.Verified => ClaimStatus.Approved,
                _ => ClaimStatus.Batched,
            },
        };
    }
}
