using Actors.Contracts.Screens;
using Actors.Domain;

namespace Actors.Grains.Lobby;

/// <summary>The lobby's refusals, in both languages; every check runs before the first change, so a refusal leaves the state as it was.</summary>
internal static class LobbyRefusals
{
    public static Refusal NoDesk(string deskId) => Refusal.NotFound($"desk {deskId} does not exist in this lobby", $"本大堂没有窗口 {deskId}");

    public static Refusal NoTicket(string ticketId) => Refusal.NotFound($"ticket {ticketId} does not exist in this lobby", $"本大堂没有号票 {ticketId}");

    public static Refusal NoComplaint(string complaintId) =>
        Refusal.NotFound($"complaint {complaintId} does not exist in this lobby", $"本大堂没有投诉 {complaintId}");

    public static Refusal StillServing(string desk, string? number) => Refusal.Conflict(
        $"desk {desk} still has ticket {number}: finish, transfer or no-show it first", $"窗口 {desk} 还有号票 {number}：请先办结、转移或标记过号");

    public static Refusal TicketClosed(string number, TicketStatus status) =>
        Refusal.Conflict($"ticket {number} is already {status}", $"号票 {number} {InChinese(status)}");

    public static Refusal ComplaintClosed(string complaintId, ComplaintStatus status) =>
        Refusal.Conflict($"complaint {complaintId} is already {status}", $"投诉 {complaintId} {InChinese(status)}");

    public static Refusal DeskNotOpen(string deskId) =>
        Refusal.Invalid("toDeskId", $"desk {deskId} is not open in this lobby", $"本大堂的窗口 {deskId} 未开放");

    public static string InChinese(TicketStatus status) => status switch
    {
        TicketStatus.Waiting => "正在等候",
        TicketStatus.Called => "已叫号",
        TicketStatus.Serving => "正在办理",
        TicketStatus.Finished => "已办结",
        TicketStatus.NoShow => "已过号",
        TicketStatus.Transferred => "已转移",
        TicketStatus.NotServed => "营业结束未办理",
        TicketStatus.Voided => "已作废",
        _ => "已暂挂",
    };

    private static string InChinese(ComplaintStatus status) => status switch
    {
        ComplaintStatus.Recorded => "已登记",
        ComplaintStatus.Acknowledged => "已受理",
        ComplaintStatus.ResolvedOnTheSpot => "已当场解决",
        _ => "已移交",
    };
}
