using Actors.Domain.Collections;
using Actors.Domain.Loans;

namespace Actors.Domain.Tests.Collections;

public class HandOverAndRoomsTests
{
    [Theory]
    [InlineData(10, 2, false)] // not more than 10 days overdue
    [InlineData(11, 1, false)] // one broken promise is not "several"
    [InlineData(11, 2, true)]
    [InlineData(45, 3, true)]
    [InlineData(0, 5, false)]
    public void A_different_collector_takes_over_beyond_10_days_past_due_with_2_broken_promises(int dpd, int broken, bool required) =>
        Assert.Equal(required, HandOver.IsRequired(dpd, broken, new CollectionsRules()));

    [Theory]
    [InlineData(5, 1, true)]
    [InlineData(5, 0, false)]
    public void The_hand_over_thresholds_are_configurable(int dpd, int broken, bool required) =>
        Assert.Equal(required, HandOver.IsRequired(dpd, broken, new CollectionsRules { HandOverAfterDaysPastDue = 4, HandOverBrokenPromises = 1 }));

    [Theory]
    [InlineData(LoanStage.Current, null, RoomKind.Branch)]
    [InlineData(LoanStage.PreDue, RoomKind.Branch, RoomKind.Branch)]
    [InlineData(LoanStage.M1, RoomKind.Branch, RoomKind.Branch)]
    [InlineData(LoanStage.M2, RoomKind.Branch, RoomKind.Branch)]
    [InlineData(LoanStage.M3, RoomKind.Central, RoomKind.Central)]
    [InlineData(LoanStage.M4, RoomKind.Central, RoomKind.Central)]
    [InlineData(LoanStage.Settled, null, RoomKind.Branch)]
    public void Branch_rooms_work_PreDue_to_M2_and_the_central_room_M3_and_M4(LoanStage stage, RoomKind? workedIn, RoomKind creditedTo)
    {
        Assert.Equal(workedIn, CollectionsRooms.WorkedIn(stage));
        Assert.Equal(creditedTo, CollectionsRooms.CreditedTo(stage));
    }

    [Fact]
    public void Each_room_lists_its_own_stages() =>
        Assert.Equal(
            [[LoanStage.PreDue, LoanStage.M1, LoanStage.M2], [LoanStage.M3, LoanStage.M4]],
            new[] { CollectionsRooms.StagesOf(RoomKind.Branch), CollectionsRooms.StagesOf(RoomKind.Central) });

    [Theory]
    [InlineData(CallOutcome.RightPartyContact, true)]
    [InlineData(CallOutcome.PromiseToPay, true)]
    [InlineData(CallOutcome.Refused, true)]
    [InlineData(CallOutcome.ThirdParty, false)]
    [InlineData(CallOutcome.NoAnswer, false)]
    [InlineData(CallOutcome.WrongNumber, false)]
    [InlineData(CallOutcome.LostContact, false)]
    public void A_right_party_contact_is_a_call_on_which_the_borrower_was_reached(CallOutcome outcome, bool rightParty) =>
        Assert.Equal(rightParty, outcome.IsRightPartyContact());
}
