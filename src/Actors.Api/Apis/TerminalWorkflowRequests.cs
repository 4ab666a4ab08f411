namespace Actors.Api.Apis;

public sealed record FileTransferRequest(string? ToStaffId, string? Reason);

public sealed record ConfirmStepRequest(string? Note);

public sealed record RejectStepRequest(string? Reason);

public sealed record WithdrawRequest;

public sealed record FileClaimRequest;

public sealed record BatchClaimsRequest(List<string>? ClaimIds);
