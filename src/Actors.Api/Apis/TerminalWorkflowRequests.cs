using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Actors.Api.Rules;
using Actors.Contracts.Terminals;

namespace Actors.Api.Apis;

public sealed record FileTransferRequest(
    [property: Required, GridId, Description("The member of staff who receives the terminal(s).")] string? ToStaffId,
    [property: Required, Text(1000)] string? Reason);

public sealed record ConfirmStepRequest([property: Text(1000)] string? Note);

public sealed record RejectStepRequest([property: Required, Text(1000)] string? Reason);

public sealed record BatchClaimsRequest([property: Required, Items(1, 500), GridId] List<string>? ClaimIds);

/// <summary>Transfers and claims waiting for a step the caller may take.</summary>
public sealed record ApprovalsView(IReadOnlyList<TransferView> Items);

/// <summary>A leaver's departure: one transfer per terminal filed, and the terminals that could not be (with why, in the caller's language).</summary>
public sealed record DepartureView(IReadOnlyList<TransferView> Items, IReadOnlyList<DepartureSkip> Skipped);

public sealed record DepartureSkip(string TerminalId, string Reason);

public sealed record BatchView(IReadOnlyList<ActivationClaimView> Items);
