using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Actors.Api.Rules;
using Actors.Contracts.Clients;
using Actors.Contracts.Institutions;
using Actors.Contracts.Managers;

namespace Actors.Api.Apis;

public sealed record CreateInstitutionRequest(
    [property: Required, GridId] string? Id,
    [property: Required, Text(200)] string? Name,
    [property: Required] InstitutionKind? Kind,
    [property: GridId, Description("Required for a branch or sub-branch: the institution above it.")] string? ParentId);

/// <param name="Name">The name in Latin letters (pinyin for Chinese staff), as English screens show it.</param>
/// <param name="NameZh">Optional: the name in Chinese characters, as Chinese screens show it.</param>
public sealed record CreateManagerRequest(
    [property: Required, GridId] string? Id,
    [property: Required, GridId] string? InstitutionId,
    [property: Required, Text(200), Description("The name in Latin letters (pinyin for Chinese staff), as English screens show it.")] string? Name,
    [property: Items(1, 7), Description("Default: ClientManager.")] List<StaffRole>? Roles,
    [property: Text(200), Description("The name in Chinese characters, as Chinese screens show it.")] string? NameZh = null);

public sealed record CreateClientRequest(
    [property: Required, GridId] string? Id,
    [property: Required, GridId] string? InstitutionId,
    [property: Required, Text(200)] string? Name,
    [property: Required] ClientKind? Kind,
    [property: Dates(Earliest = "1950-01-01", MaxDaysAhead = 0), Description("When the client's relationship with the bank began; default: today.")] DateOnly? RelationshipSince,
    [property: GridId] string? ManagerId,
    [property: Between(0, 999_999_999_999.99), Description("Fee income in CNY, for the standard deposits.")] decimal? FeeIncome);

public sealed record CreateTerminalRequest(
    [property: Required, GridId] string? Id,
    [property: Required, GridId] string? InstitutionId,
    [property: Required, Text(200)] string? MerchantName,
    [property: GridId] string? MerchantClientId,
    [property: Required, GridId] string? MaintainerId,
    [property: Dates(Earliest = "2000-01-01", MaxDaysAhead = 0), Description("When the merchant signed up; default: now.")] DateTimeOffset? SignedUpAt);

public sealed record CreateLoanRequest(
    [property: Required, GridId] string? Id,
    [property: Required, GridId] string? InstitutionId,
    [property: Required, GridId] string? ClientId,
    [property: Required, Amount] decimal? Principal,
    [property: Required, Between(0, 1), Description("A fraction: 0.06 is 6% a year.")] decimal? AnnualRate,
    [property: Required, Between(1, 360)] int? TermMonths,
    [property: Required, Dates(Earliest = "2000-01-01", MaxDaysAhead = 0),
        Description("No disbursement after the 25th of a month (Rules:Loans:LastDisbursementDayOfMonth) or on holidays.")] DateOnly? DisbursedOn);

/// <summary>The roles the member of staff holds from now on (their open sessions end).</summary>
public sealed record ChangeRolesRequest([property: Required, Items(1, 7)] List<StaffRole>? Roles);

public sealed record AssignManagerRequest([property: Required, GridId, Description("A client manager of the client's institution.")] string? ManagerId);

public sealed record AdverseRecordRequest([property: Required] bool? BadCreditOrLitigation);

public sealed record VisitRequest(
    [property: Required] VisitType? Type,
    [property: Dates(MaxDaysBack = 92, MaxDaysAhead = 0), Description("When the visit was made; default: now.")] DateTimeOffset? At,
    [property: Required, Text(4000)] string? Findings);
