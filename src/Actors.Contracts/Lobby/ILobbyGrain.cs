using Actors.Contracts.Screens;

namespace Actors.Contracts.Lobby;

/// <summary>
/// The lobby of one branch, keyed by its institution id: tickets, desks, complaints and prospects, and the lobby
/// manager's screen. Every change that shows on the screen bumps <see cref="LobbyView.Seq"/> and is published as a
/// <see cref="LobbyDelta"/> on <see cref="ScreenStreams.Lobby"/>. Calls on an institution that is not registered
/// answer <see cref="LobbyRefusal.UnknownBranch"/> (or null) and change nothing.
/// </summary>
public interface ILobbyGrain : IGrainWithStringKey
{
    /// <summary>The screen as it is now; null when the branch is not a registered institution.</summary>
    Task<LobbyView?> GetView();

    /// <summary>The kiosk: a numbered ticket for a service, with the premium signals found in what the customer declared.</summary>
    Task<Outcome<TicketView>> IssueTicket(TicketRequest request);

    /// <summary>The lobby manager marks a customer premium by judgement (staff screens only; the customer sees nothing).</summary>
    Task<Outcome<TicketView>> FlagPremium(string ticketId, string by, string reason);

    /// <summary>Opens a desk, or re-opens it with a new name, kind and services.</summary>
    Task<Outcome<DeskView>> OpenDesk(DeskOpening opening);

    /// <summary>Closes a desk that has no customer; tickets sent to it by name go back to their service's queue.</summary>
    Task<Outcome<DeskView>> CloseDesk(string deskId);

    /// <summary>
    /// "Call next": the desk is done with its current customer, if any (finished), and calls the next ticket it may serve
    /// (Ticket is null when nobody is waiting for it). A desk on a break is back.
    /// </summary>
    Task<Outcome<DeskCall>> CallNext(string deskId);

    /// <summary>The lobby manager calls one ticket (waiting or parked) to a free open desk, whatever its place and service.</summary>
    Task<Outcome<DeskCall>> CallTicket(string deskId, string ticketId);

    /// <summary>A waiting ticket waits for one desk only from now on (the VIP room, a client manager's desk), keeping its place.</summary>
    Task<Outcome<TicketView>> SendTicket(string ticketId, string toDeskId);

    /// <summary>The lobby manager cancels a waiting or parked ticket (a duplicate, a customer who left); it counts as voided.</summary>
    Task<Outcome<TicketView>> VoidTicket(string ticketId, string reason, string by);

    /// <summary>The desk sets its customer aside (gone to fetch a document): parked, off the queue, the desk free.</summary>
    Task<Outcome<DeskCall>> Park(string deskId);

    /// <summary>A parked ticket goes back to its queue, keeping its place; a new wait starts.</summary>
    Task<Outcome<TicketView>> Requeue(string ticketId);

    /// <summary>A free open desk goes on a break (it calls nobody) or comes back from it.</summary>
    Task<Outcome<DeskView>> Break(string deskId, bool onBreak);

    /// <summary>How many are ahead of a waiting ticket and about how long it will wait (what the kiosk prints); null if it is not waiting.</summary>
    Task<QueuePlace?> PlaceOf(string ticketId);

    /// <summary>
    /// A business day's figures: a past day's as kept when it ended, today's so far (not closed); null for a day to come or
    /// when the branch is not registered. A past day with no ticket answers figures of zero.
    /// </summary>
    Task<LobbyDayFigures?> GetDay(DateOnly date);

    /// <summary>Calls the desk's current ticket again (the customer has not come yet).</summary>
    Task<Outcome<DeskCall>> Recall(string deskId);

    /// <summary>The called customer is at the desk: Called → Serving.</summary>
    Task<Outcome<DeskCall>> StartService(string deskId);

    /// <summary>The called customer did not come.</summary>
    Task<Outcome<DeskCall>> NoShow(string deskId);

    /// <summary>Sends the desk's customer on to another service's queue or to a named desk, keeping the ticket number and place.</summary>
    Task<Outcome<DeskCall>> Transfer(string deskId, TicketTransfer transfer);

    Task<Outcome<DeskCall>> Finish(string deskId, string outcome);

    Task<Outcome<ComplaintView>> RecordComplaint(ComplaintRecord complaint);
    Task<Outcome<ComplaintView>> AcknowledgeComplaint(string complaintId, string by);
    Task<Outcome<ComplaintView>> ResolveComplaint(string complaintId, string resolution, string by);

    /// <summary>Hands the complaint over: <paramref name="to"/> becomes its owner.</summary>
    Task<Outcome<ComplaintView>> EscalateComplaint(string complaintId, string to);

    /// <summary>Registers a customer who is not yet premium for a client manager's follow-up (brief §4).</summary>
    Task<Outcome<ProspectView>> RegisterProspect(ProspectRegistration registration);

    /// <summary>The follow-up list, oldest first, of one client manager or of all; null when the branch is not registered.</summary>
    Task<IReadOnlyList<ProspectView>?> GetProspects(string? managerId);
}
