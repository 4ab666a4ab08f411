using Actors.Contracts.Lobby;
using Actors.Contracts.Screens;
using Actors.Domain.Lobby;

namespace Actors.Hosting.Demo.Scenes;

/// <summary>
/// What the lobby manager meets every simulated day (brief §4): premium customers found by what they declare (a large
/// deposit certificate, another bank's VIP card) or by who they are (a Gold client), one flagged by judgement, a prospect
/// registered for a client manager, a complaint in person resolved on the spot and one by the hotline escalated.
/// </summary>
internal sealed class LobbyStories(DemoDay day, LobbyScene lobby)
{
    private const int FloorWalks = 6;

    private string Manager => lobby.Branch.LobbyManager;
    private string ManagerActor => $"{lobby.Branch.Id} lobby manager";

    public void Plan()
    {
        DepositCertificate(day.Between(new(10, 0), new(10, 30)));
        VipCard(day.Between(new(10, 45), new(11, 15)));
        FloorWalk(day.Between(new(11, 0), new(11, 20)), 1);
        ComplaintInPerson(day.Between(new(11, 30), new(12, 0)));
        GoldClient(day.Between(new(13, 30), new(14, 30)));
        ComplaintByHotline(day.Between(new(14, 30), new(15, 30)));
    }

    /// <summary>300,000 CNY for a deposit certificate: premium by amount, and not yet a client, so a prospect for a client manager.</summary>
    private void DepositCertificate(DateTimeOffset at)
    {
        var request = new TicketRequest(ServiceType.Wealth, null, 300_000m, [CustomerDeclaration.DepositCertificate]);
        var registerAt = at + day.Minutes(2, 5);
        day.Plan(at, lobby.Kiosk, "ticket", "deposit certificate 300,000.00", () => lobby.Issue(request, at, ticket =>
        {
            day.Plan(registerAt, ManagerActor, "register prospect", ticket.Number, async () =>
            {
                var manager = lobby.Branch.ClientManagers.FirstOrDefault();
                if (manager is null)
                {
                    return "no client manager in this sub-branch";
                }
                var result = await lobby.Lobby.RegisterProspect(new(ticket.TicketId, null, "Ms Lin",
                    manager, "declared a 300,000 CNY deposit certificate; not a client of ours yet", Manager));
                return LobbyScene.Describe(result, $"for {manager}");
            });
            return Task.FromResult("prospect to follow");
        }));
    }

    private void VipCard(DateTimeOffset at)
    {
        var request = new TicketRequest(ServiceType.Cash, null, 20_000m, [CustomerDeclaration.VipCardOtherBank]);
        day.Plan(at, lobby.Kiosk, "ticket", "VIP card of another bank", () => lobby.Issue(request, at));
    }

    /// <summary>A known premium client (Gold or above) reads their card at the kiosk.</summary>
    private void GoldClient(DateTimeOffset at)
    {
        var premiumTier = day.Rules.Options.Lobby.PremiumFromTier;
        if (lobby.Branch.Clients.Where(c => c.Tier >= premiumTier).OrderBy(c => c.ClientId, StringComparer.Ordinal).FirstOrDefault() is not { } client)
        {
            day.Record(at, lobby.Kiosk, "ticket", "a Gold client", $"no {premiumTier} client in {lobby.Branch.Id}");
            return;
        }
        var request = new TicketRequest(ServiceType.Corporate, client.ClientId, null, []);
        day.Plan(at, lobby.Kiosk, "ticket", $"{client.Tier} client {client.ClientId}", () => lobby.Issue(request, at));
    }

    /// <summary>
    /// The lobby manager talks to an ordinary customer (the longest waiting, else one at a desk) and finds a premium one;
    /// with nobody in the lobby, looks again a little later.
    /// </summary>
    private void FloorWalk(DateTimeOffset at, int walk)
    {
        day.Plan(at, ManagerActor, "floor walk", $"#{walk}", async () =>
        {
            var view = await lobby.Lobby.GetView();
            var customer = view?.Tickets
                .Where(t => !t.Premium && t.Status is TicketStatus.Waiting or TicketStatus.Called or TicketStatus.Serving)
                .OrderBy(t => t.Status == TicketStatus.Waiting ? 0 : 1).ThenBy(t => t.IssuedAt)
                .FirstOrDefault();
            if (customer is null)
            {
                if (walk < FloorWalks)
                {
                    FloorWalk(at + day.Minutes(8, 12), walk + 1);
                }
                return "nobody in the lobby to talk to";
            }
            var result = await lobby.Lobby.FlagPremium(customer.TicketId, Manager, "asked about a safe-deposit box and a family trust");
            return LobbyScene.Describe(result, $"flagged {customer.Number} premium");
        });
    }

    private void ComplaintInPerson(DateTimeOffset at)
    {
        var request = new TicketRequest(ServiceType.Complaint, null, null, []);
        day.Plan(at, lobby.Kiosk, "ticket", "complaint", () => lobby.Issue(request, at));
        var recordAt = at + day.Minutes(0.5, 1.5);
        var acknowledgeAt = recordAt + day.Minutes(2, 4);
        var resolveAt = acknowledgeAt + day.Minutes(10, 20);
        day.Plan(recordAt, ManagerActor, "record complaint", "in person", async () =>
        {
            var result = await lobby.Lobby.RecordComplaint(new(ComplaintChannel.InPerson,
                "Waited over twenty minutes at the cash counters at the busiest hour", null, "Mr Zhou", Manager, Manager));
            if (result.Value is { } complaint)
            {
                day.Plan(acknowledgeAt, ManagerActor, "acknowledge", complaint.ComplaintId, async () =>
                    LobbyScene.Describe(await lobby.Lobby.AcknowledgeComplaint(complaint.ComplaintId, Manager)));
                day.Plan(resolveAt, ManagerActor, "resolve", complaint.ComplaintId, async () =>
                    LobbyScene.Describe(await lobby.Lobby.ResolveComplaint(complaint.ComplaintId,
                        "apologised; served at once in the VIP room; a third counter opens at the peak", Manager)));
            }
            return LobbyScene.Describe(result, result.Value?.ComplaintId);
        });
    }

    /// <summary>A merchant rings the hotline about a POS settlement: acknowledged, then handed to the merchant's client manager.</summary>
    private void ComplaintByHotline(DateTimeOffset at)
    {
        var merchant = lobby.Branch.Terminals.Select(t => t.MerchantClientId).OfType<string>().Order(StringComparer.Ordinal).FirstOrDefault();
        var owner = lobby.Branch.Clients.FirstOrDefault(c => c.ClientId == merchant)?.ManagerId ?? lobby.Branch.ClientManagers.FirstOrDefault() ?? Manager;
        var acknowledgeAt = at + day.Minutes(3, 8);
        var escalateAt = acknowledgeAt + day.Minutes(15, 30);
        day.Plan(at, ManagerActor, "record complaint", "hotline", async () =>
        {
            var result = await lobby.Lobby.RecordComplaint(new(ComplaintChannel.Hotline,
                "Yesterday's POS settlement has not reached the merchant's account", merchant, null, Manager, Manager));
            if (result.Value is { } complaint)
            {
                day.Plan(acknowledgeAt, ManagerActor, "acknowledge", complaint.ComplaintId, async () =>
                    LobbyScene.Describe(await lobby.Lobby.AcknowledgeComplaint(complaint.ComplaintId, Manager)));
                day.Plan(escalateAt, ManagerActor, "escalate", complaint.ComplaintId, async () =>
                    LobbyScene.Describe(await lobby.Lobby.EscalateComplaint(complaint.ComplaintId, owner), $"to {owner}"));
            }
            return LobbyScene.Describe(result, result.Value?.ComplaintId);
        });
    }
}
