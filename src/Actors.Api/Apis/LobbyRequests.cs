using Actors.Contracts.Screens;
using Actors.Domain.Lobby;

namespace Actors.Api.Apis;

/// <summary>The kiosk: a service, the client if a card was read, and what the customer declared (amount in CNY).</summary>
public sealed record IssueTicketRequest(ServiceType? Service, string? ClientId, decimal? DeclaredAmount, List<CustomerDeclaration>? Declared);

/// <summary>What the kiosk prints: the same for every customer, premium or not (brief §4: premium treatment is discreet).</summary>
public sealed record KioskTicket(string TicketId, string Number, ServiceType Service, DateTimeOffset IssuedAt);

/// <summary>Why the lobby manager judged the customer premium; who flagged is the signed-in user (a "by" in the body is ignored).</summary>
public sealed record PremiumFlagRequest(string? Reason);

/// <summary>A desk: its id, its name in English and (for the Chinese screens and the calling display) in Chinese, its kind and services.</summary>
public sealed record OpenDeskRequest(string? DeskId, string? Name, DeskKind? Kind, List<ServiceType>? Services, string? NameZh = null);

public sealed record TransferRequest(ServiceType? ToService, string? ToDeskId);

public sealed record FinishRequest(string? Outcome);

/// <summary>A complaint and its owner (a member of staff of the branch); who recorded it is the signed-in user.</summary>
public sealed record ComplaintRequest(ComplaintChannel? Channel, string? Content, string? ClientId, string? CustomerName, string? Owner);

public sealed record ResolveComplaintRequest(string? Resolution);

public sealed record EscalateComplaintRequest(string? To);

public sealed record ProspectRequest(string? TicketId, string? ClientId, string? CustomerName, string? ManagerId, string? Note);
