using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Actors.Domain;
using Actors.Domain.Calendar;

namespace Actors.Api.Tests;

/// <summary>Fresh ids and the bank's dates, as the tests need them.</summary>
public static class Ids
{
    public static string New(string prefix) => $"{prefix}-{Guid.NewGuid():N}";
}

public static class BankDates
{
    /// <summary>The shipped working calendar (the same data files the silo loads).</summary>
    public static WorkingCalendar Calendar { get; } = WorkingCalendar.LoadDirectory(Path.Combine(AppContext.BaseDirectory, "calendars"));

    /// <summary>Today in China Standard Time, the business time zone (brief §7).</summary>
    public static DateOnly Today => BusinessClock.ChinaStandardTime.DateOf(DateTimeOffset.UtcNow);

    /// <summary>The latest date on or before today on which a loan may be disbursed: a working day, the 25th or earlier.</summary>
    public static DateOnly LatestDisbursementDay()
    {
        var day = Today;
        while (day.Day > 25 || !Calendar.IsWorkingDay(day))
        {
            day = day.AddDays(-1);
        }
        return day;
    }

    /// <summary>The first day after today on which a loan could be disbursed: a working day, the 25th or earlier.</summary>
    public static DateOnly NextDisbursementDayAfterToday()
    {
        var day = Today.AddDays(1);
        while (day.Day > 25 || !Calendar.IsWorkingDay(day))
        {
            day = day.AddDays(1);
        }
        return day;
    }

    public static string Iso(this DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Iso(this DateTimeOffset instant) => instant.ToString("O", CultureInfo.InvariantCulture);
}

/// <summary>
/// A small branch network of fresh ids created through the API: a branch, a client manager, a client (allocated to
/// the manager), a POS terminal of that client, and a 12-month loan of the client disbursed on a recent working day.
/// </summary>
public sealed class Network
{
    public const decimal LoanPrincipal = 12_000m;

    public required string InstitutionId { get; init; }
    public required string ManagerId { get; init; }
    public required string ClientId { get; init; }
    public required string TerminalId { get; init; }
    public required string LoanId { get; init; }
    public required DateOnly DisbursedOn { get; init; }

    /// <summary>A new branch of the bank's one head office.</summary>
    public static object InstitutionBody(string id, string name = "Riverside branch") => new { id, name, kind = "branch", parentId = StaffSessions.HeadOffice };

    public static object ManagerBody(string id, string institutionId, string name = "Wang Fang") => new { id, institutionId, name };

    public static object ClientBody(string id, string institutionId, string? managerId, string name = "Li Hua Trading") =>
        new { id, institutionId, name, kind = "corporate", managerId };

    public static object TerminalBody(string id, string institutionId, string maintainerId, string? merchantClientId, string merchantName = "Li Hua Store") =>
        new { id, institutionId, merchantName, merchantClientId, maintainerId };

    public static object LoanBody(string id, string institutionId, string clientId, DateOnly disbursedOn, decimal annualRate = 0.06m) =>
        new { id, institutionId, clientId, principal = LoanPrincipal, annualRate, termMonths = 12, disbursedOn = disbursedOn.Iso() };

    /// <summary>The network in a new branch of the head office, or in <paramref name="institutionId"/> when given (it must exist).</summary>
    public static async Task<Network> CreateAsync(HttpClient http, string? institutionId = null)
    {
        var network = new Network
        {
            InstitutionId = institutionId ?? Ids.New("inst"),
            ManagerId = Ids.New("mgr"),
            ClientId = Ids.New("cli"),
            TerminalId = Ids.New("pos"),
            LoanId = Ids.New("loan"),
            DisbursedOn = BankDates.LatestDisbursementDay(),
        };
        if (institutionId is null)
        {
            (await http.ApiPostAsync("/api/institutions", InstitutionBody(network.InstitutionId))).ShouldBe(HttpStatusCode.Created);
        }
        (await http.ApiPostAsync("/api/managers", ManagerBody(network.ManagerId, network.InstitutionId))).ShouldBe(HttpStatusCode.Created);
        (await http.ApiPostAsync("/api/clients", ClientBody(network.ClientId, network.InstitutionId, network.ManagerId))).ShouldBe(HttpStatusCode.Created);
        (await http.ApiPostAsync("/api/terminals", TerminalBody(network.TerminalId, network.InstitutionId, network.ManagerId, network.ClientId)))
            .ShouldBe(HttpStatusCode.Created);
        (await http.ApiPostAsync("/api/loans", LoanBody(network.LoanId, network.InstitutionId, network.ClientId, network.DisbursedOn)))
            .ShouldBe(HttpStatusCode.Created);
        return network;
    }

    /// <summary>The effects transactions can have, read from the snapshots.</summary>
    public async Task<Effects> EffectsAsync(HttpClient http)
    {
        var terminal = await http.SnapshotAsync($"/api/terminals/{TerminalId}");
        var client = await http.SnapshotAsync($"/api/clients/{ClientId}");
        var loan = await http.SnapshotAsync($"/api/loans/{LoanId}");
        return new Effects(
            (int)terminal["salesCount"]!, (decimal)terminal["salesAmount"]!, (decimal)client["depositBalance"]!,
            (decimal)loan["outstanding"]!, (decimal)loan["installments"]![0]!["paid"]!, (decimal)client["loanBalance"]!);
    }

    public JsonObject Sale(decimal amount, DateTimeOffset? at = null, string? id = null) => Tx.Sale(TerminalId, amount, at, id);
    public JsonObject Deposit(decimal amount, DateTimeOffset? at = null, string? id = null) => Tx.Deposit(ClientId, amount, at, id);
    public JsonObject Withdrawal(decimal amount, DateTimeOffset? at = null, string? id = null) => Tx.Withdrawal(ClientId, amount, at, id);
    public JsonObject Repayment(decimal amount, DateTimeOffset? at = null, string? id = null) => Tx.Repayment(LoanId, amount, at, id);
}

public sealed record Effects(int SalesCount, decimal SalesAmount, decimal DepositBalance, decimal LoanOutstanding, decimal FirstInstallmentPaid, decimal ClientLoanBalance);

/// <summary>Transactions as the upstream systems post them.</summary>
public static class Tx
{
    /// <summary>A business timestamp a little in the past (with the CST offset, as upstream sends it).</summary>
    public static DateTimeOffset RecentAt => DateTimeOffset.UtcNow.AddMinutes(-1).ToOffset(TimeSpan.FromHours(8));

    public static JsonObject Sale(string terminalId, decimal amount, DateTimeOffset? at = null, string? id = null) =>
        Item("posSale", "terminalId", terminalId, amount, at, id);

    public static JsonObject Repayment(string loanId, decimal amount, DateTimeOffset? at = null, string? id = null) =>
        Item("repayment", "loanId", loanId, amount, at, id);

    public static JsonObject Deposit(string clientId, decimal amount, DateTimeOffset? at = null, string? id = null) =>
        Item("deposit", "clientId", clientId, amount, at, id);

    public static JsonObject Withdrawal(string clientId, decimal amount, DateTimeOffset? at = null, string? id = null) =>
        Item("withdrawal", "clientId", clientId, amount, at, id);

    private static JsonObject Item(string type, string entityField, string entityId, decimal amount, DateTimeOffset? at, string? id) => new()
    {
        ["id"] = id ?? Ids.New("tx"),
        ["type"] = type,
        [entityField] = entityId,
        ["amount"] = amount,
        ["at"] = (at ?? RecentAt).Iso(),
    };

    public static string Batch(params JsonNode?[] items) =>
        new JsonObject { ["transactions"] = new JsonArray([.. items.Select(i => i?.DeepClone())]) }.ToJsonString();

    public static Task<ApiResponse> PostBatchAsync(this HttpClient http, string batch) =>
        http.SendRawAsync(HttpMethod.Post, "/api/transactions", batch);

    /// <summary>Posts a batch that must be accepted (200) and returns its per-item results in request order.</summary>
    public static async Task<IReadOnlyList<TxResult>> ApplyAsync(this HttpClient http, string batch)
    {
        var response = (await http.PostBatchAsync(batch)).ShouldBe(HttpStatusCode.OK);
        return [.. response.Json["results"]!.AsArray().Select(r => new TxResult(
            (string)r!["id"]!, (string)r["status"]!, (string?)r["detail"], (bool)r["replayed"]!))];
    }

    public static string IdOf(JsonObject item) => (string)item["id"]!;
}

public sealed record TxResult(string Id, string Status, string? Detail, bool Replayed);
