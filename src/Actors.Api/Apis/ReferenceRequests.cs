using Actors.Contracts.Clients;
using Actors.Contracts.Institutions;
using Actors.Contracts.Managers;

namespace Actors.Api.Apis;

public sealed record CreateInstitutionRequest(string? Id, string? Name, InstitutionKind? Kind, string? ParentId);

/// <param name="Name">The name in Latin letters (pinyin for Chinese staff), as English screens show it.</param>
/// <param name="NameZh">Optional: the name in Chinese characters, as Chinese screens show it.</param>
public sealed record CreateManagerRequest(string? Id, string? InstitutionId, string? Name, List<StaffRole>? Roles, string? NameZh = null);

public sealed record CreateClientRequest(
    string? Id, string? InstitutionId, string? Name, ClientKind? Kind, DateOnly? RelationshipSince, string? ManagerId, decimal? FeeIncome);

public sealed record CreateTerminalRequest(
    string? Id, string? InstitutionId, string? MerchantName, string? MerchantClientId, string? MaintainerId, DateTimeOffset? SignedUpAt);

public sealed record CreateLoanRequest(
    string? Id, string? InstitutionId, string? ClientId, decimal? Principal, decimal? AnnualRate, int? TermMonths, DateOnly? DisbursedOn);

public sealed record AssignManagerRequest(string? ManagerId);

public sealed record AdverseRecordRequest(bool? BadCreditOrLitigation);

public sealed record VisitRequest(VisitType? Type, DateTimeOffset? At, string? Findings);
