using System.Globalization;
using Actors.Contracts.Lobby;
using Actors.Contracts.Screens;
using Actors.Domain;

namespace Actors.Grains.Lobby;

/// <summary>
/// Complaints are recorded at once, acknowledged, and either resolved on the spot or escalated (brief §4).
/// Resolving or escalating a complaint nobody acknowledged yet acknowledges it at that moment: whoever settles it has
/// heard it. Escalation hands the complaint over: the receiver becomes its owner.
/// </summary>
internal static class ComplaintBook
{
    public static ComplaintState Record(LobbyState s, ComplaintRecord r, DateTimeOffset now, BusinessClock clock)
    {
        var today = clock.DateOf(now);
        var complaint = new ComplaintState
        {
            Id = string.Create(CultureInfo.InvariantCulture, $"CP-{today:yyyyMMdd}-{s.Next("complaints", today):000}"),
            Channel = r.Channel,
            Content = r.Content,
            ClientId = r.ClientId,
            CustomerName = r.CustomerName,
            Owner = r.Owner,
            RecordedBy = r.RecordedBy,
            Status = ComplaintStatus.Recorded,
            RecordedAt = now,
        };
        s.Complaints.Add(complaint);
        return complaint;
    }

    public static Refusal? Acknowledge(LobbyState s, string complaintId, string by, DateTimeOffset now)
    {
        if (Open(s, complaintId, out var complaint) is { } refusal)
        {
            return refusal;
        }
        if (complaint.Status == ComplaintStatus.Recorded)
        {
            (complaint.Status, complaint.AcknowledgedAt, complaint.AcknowledgedBy) = (ComplaintStatus.Acknowledged, now, by);
        }
        return null;
    }

    public static Refusal? Resolve(LobbyState s, string complaintId, string resolution, string by, DateTimeOffset now)
    {
        if (Open(s, complaintId, out var complaint) is { } refusal)
        {
            return refusal;
        }
        complaint.AcknowledgedAt ??= now;
        complaint.AcknowledgedBy ??= by;
        (complaint.Status, complaint.Resolution, complaint.ResolvedBy, complaint.ClosedAt) = (ComplaintStatus.ResolvedOnTheSpot, resolution, by, now);
        return null;
    }

    public static Refusal? Escalate(LobbyState s, string complaintId, string to, DateTimeOffset now)
    {
        if (Open(s, complaintId, out var complaint) is { } refusal)
        {
            return refusal;
        }
        complaint.AcknowledgedAt ??= now;
        (complaint.Status, complaint.EscalatedFrom, complaint.Owner, complaint.ClosedAt) = (ComplaintStatus.Escalated, complaint.Owner, to, now);
        return null;
    }

    private static Refusal? Open(LobbyState s, string complaintId, out ComplaintState complaint)
    {
        complaint = s.Complaint(complaintId)!;
        return complaint is null ? LobbyRefusals.NoComplaint(complaintId)
            : complaint.IsClosed ? LobbyRefusals.ComplaintClosed(complaintId, complaint.Status)
            : null;
    }
}
