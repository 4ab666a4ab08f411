using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Actors.Api.Rules;
using Actors.Contracts.Screens;
using Actors.Domain.Lobby;

namespace Actors.Api.Apis;

/// <summary>The kiosk: a service, the client if a card was read, and what the customer declared (amount in CNY).</summary>
public sealed record IssueTicketRequest(
    [property: Required] ServiceType? Service,
    [property: GridId, Description("The client, when the kiosk read a card.")] string? ClientId,
    [property: Amount, Description("The amount of the declared business.")] decimal? DeclaredAmount,
    [property: Items(0, 20)] List<CustomerDeclaration>? Declared);

/// <summary>What the kiosk prints: the same for every customer, premium or not (brief §4: premium treatment is discreet).</summary>
public sealed record KioskTicket(string TicketId, string Number, ServiceType Service, DateTimeOffset IssuedAt);

/// <summary>Why the lobby manager judged the customer premium; who flagged is the signed-in user (a "by" in the body is ignored).</summary>
public sealed record PremiumFlagRequest([property: Required, Text(LobbyApi.TextMax)] string? Reason);

/// <summary>A desk: its id, its name in English and (for the Chinese screens and the calling display) in Chinese, its kind and services.</summary>
public sealed record OpenDeskRequest(
    [property: Required, GridId] string? DeskId,
    [property: Required, Text(100)] string? Name,
    [property: Required] DeskKind? Kind,
    [property: Required, Items(1, 20)] List<ServiceType>? Services,
    [property: Text(100)] string? NameZh = null);

/// <summary>Another service's queue, a named desk, or both (a desk, for that service).</summary>
public sealed record TransferRequest(ServiceType? ToService, [property: GridId] string? ToDeskId);

public sealed record FinishRequest([property: Required, Text(LobbyApi.TextMax)] string? Outcome);

/// <summary>A complaint and its owner (a member of staff of the branch); who recorded it is the signed-in user.</summary>
public sealed record ComplaintRequest(
    [property: Required] ComplaintChannel? Channel,
    [property: Required, Text(LobbyApi.TextMax)] string? Content,
    [property: GridId] string? ClientId,
    [property: Text(200)] string? CustomerName,
    [property: Required, GridId, Description("A member of staff of this branch.")] string? Owner);

public sealed record ResolveComplaintRequest([property: Required, Text(LobbyApi.TextMax)] string? Resolution);

/// <summary>The receiver: a person or a department, who becomes the complaint's owner.</summary>
public sealed record EscalateComplaintRequest([property: Required, Text(200)] string? To);

/// <summary>A customer for a client manager's follow-up, known by a ticket of today, a client id or a name (at least one).</summary>
public sealed record ProspectRequest(
    [property: GridId] string? TicketId,
    [property: GridId] string? ClientId,
    [property: Text(200)] string? CustomerName,
    [property: Required, GridId] string? ManagerId,
    [property: Required, Text(LobbyApi.TextMax)] string? Note);

/// <summary>The follow-up list, whole or one client manager's.</summary>
public sealed record ProspectsQuery(string BranchId, [property: GridId, Description("Only this client manager's prospects.")] string? ManagerId);
