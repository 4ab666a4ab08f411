using Actors.Domain.Collections;

namespace Actors.Domain.Tests.Collections;

public class RoomWatchTests
{
    [Theory]
    [InlineData(RoomStanding.InRoom, "collector", true)]
    [InlineData(RoomStanding.InRoom, "teamLead", true)]
    [InlineData(RoomStanding.InRoom, "head", true)]
    [InlineData(RoomStanding.InRoom, "management", true)]
    [InlineData(RoomStanding.InRoom, "", false)] // a client manager, lobby manager or risk officer of the room
    [InlineData(RoomStanding.Above, "head", true)]
    [InlineData(RoomStanding.Above, "management", true)]
    [InlineData(RoomStanding.Above, "collector", false)] // head office's collectors work the central room
    [InlineData(RoomStanding.Above, "teamLead", false)]
    [InlineData(RoomStanding.Outside, "collector", false)]
    [InlineData(RoomStanding.Outside, "head", false)]
    [InlineData(RoomStanding.Outside, "management", false)]
    public void A_rooms_board_is_watched_by_its_collectors_team_leads_heads_and_management_and_from_above_by_heads_and_management(
        RoomStanding standing, string role, bool mayWatch) =>
        Assert.Equal(mayWatch, RoomWatch.MayWatch(new(standing, role == "collector", role == "teamLead", role == "head", role == "management")));

    [Theory]
    [InlineData("SB-FT", true, "BR-SZ", "BR-SZ")]
    [InlineData("BR-SZ", false, "HO", "BR-SZ")]
    [InlineData("HO", false, null, "HO")]
    [InlineData("SB-LONE", true, null, "SB-LONE")]
    public void A_sub_branchs_staff_work_in_their_branchs_room(string institution, bool subBranch, string? parent, string room) =>
        Assert.Equal(room, RoomWatch.OwnBranchRoom(institution, subBranch, parent));
}
