using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Actors.Domain;
using Actors.Domain.Calendar;
using Actors.Api.Json;

namespace Actors.Cluster.Tests.Support;

/// <summary>
/// Registers a piece of the bank through a silo's HTTP API, as the reference-data systems would: a branch (its own
/// collections room), sub-branches with lobbies, staff, corporate clients, terminals and overdue (M1) loans.
/// </summary>
public static class BankNetwork
{
    /// <summary>How the API writes views (camelCase, enums by their C# names).</summary>
    public static readonly JsonSerializerOptions Wire = GridJson.Options;

    private static readonly WorkingCalendar Calendar = WorkingCalendar.LoadDirectory(Path.Combine(AppContext.BaseDirectory, "calendars"));

    public static string NewId(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..Math.Min(prefix.Length + 13, 24)];

    /// <summary>The demo's head office, the root of the bank's tree (the seeding silo loads it).</summary>
    public const string HeadOfficeId = "HO";

    /// <summary>A new branch of the head office: its own collections room.</summary>
    public static Task Branch(this HttpClient http, string id) =>
        http.Created("api/institutions", new { id, name = "Shenzhen branch", kind = "branch", parentId = HeadOfficeId });

    public static Task SubBranch(this HttpClient http, string id, string branchId) =>
        http.Created("api/institutions", new { id, name = "Futian sub-branch", kind = "subBranch", parentId = branchId });

    public static Task Manager(this HttpClient http, string id, string institutionId) =>
        http.Created("api/managers", new { id, institutionId, name = "Wang Fang", roles = new[] { "ClientManager" } });

    public static Task CorporateClient(this HttpClient http, string id, string institutionId, string managerId) =>
        http.Created("api/clients", new { id, institutionId, name = "Li Hua Trading", kind = "corporate", managerId });

    public static Task Terminal(this HttpClient http, string id, string institutionId, string maintainerId, DateTimeOffset? signedUpAt = null) =>
        http.Created("api/terminals", new { id, institutionId, merchantName = "Noodle House", maintainerId, signedUpAt });

    /// <summary>A 12,000 CNY loan whose first installment (about 1,033 CNY) fell due a few days ago, unpaid: stage M1 today.</summary>
    public static Task OverdueLoan(this HttpClient http, string id, string institutionId, string clientId) =>
        http.Created("api/loans", new
        {
            id, institutionId, clientId, principal = 12_000m, annualRate = 0.06m, termMonths = 12,
            disbursedOn = DisbursedForAnOverdueFirstInstallment().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        });

    /// <summary>The kiosk prints a cash ticket; answers the ticket id.</summary>
    public static async Task<string> IssueTicket(this HttpClient http, string branchId)
    {
        using var response = await http.PostAsJsonAsync($"api/lobbies/{branchId}/tickets", new { service = "Cash" }, Wire);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"ticket at {branchId}: {(int)response.StatusCode} {body}");
        return JsonNode.Parse(body)!["ticketId"]!.GetValue<string>();
    }

    /// <summary>One transaction in one batch, expected to be applied now; answers when it was acknowledged.</summary>
    public static async Task<DateTime> Apply(this HttpClient http, string type, string entityField, string entityId, decimal amount)
    {
        var at = DateTimeOffset.UtcNow.AddSeconds(-1);
        using var response = await http.PostAsJsonAsync("api/transactions", new Dictionary<string, object>
        {
            ["transactions"] = new[] { new Dictionary<string, object> { ["id"] = NewId("tx"), ["type"] = type, [entityField] = entityId, ["amount"] = amount, ["at"] = at } },
        });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK && body.Contains("\"applied\"", StringComparison.OrdinalIgnoreCase), $"{type}: {(int)response.StatusCode} {body}");
        return DateTime.UtcNow;
    }

    public static async Task<JsonObject> Read(this HttpClient http, string path)
    {
        using var response = await http.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path}: {(int)response.StatusCode} {body}");
        return JsonNode.Parse(body)!.AsObject();
    }

    public static async Task<T> Read<T>(this HttpClient http, string path, HttpMethod? method = null)
    {
        using var response = await http.SendAsync(new HttpRequestMessage(method ?? HttpMethod.Get, path));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{method ?? HttpMethod.Get} {path}: {(int)response.StatusCode} {body}");
        return JsonSerializer.Deserialize<T>(body, Wire)!;
    }

    public static async Task Created(this HttpClient http, string path, object body)
    {
        using var response = await http.PostAsJsonAsync(path, body, Wire);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"POST {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>A disbursement day (a working day, the 25th or earlier) whose first installment fell due 2 to 28 days ago.</summary>
    private static DateOnly DisbursedForAnOverdueFirstInstallment()
    {
        var today = BusinessClock.ChinaStandardTime.DateOf(DateTimeOffset.UtcNow);
        for (var daysPastDue = 2; daysPastDue <= 28; daysPastDue++)
        {
            var due = today.AddDays(-daysPastDue);
            var disbursed = due.AddMonths(-1);
            if (disbursed.Day <= 25 && disbursed.AddMonths(1) == due && Calendar.IsWorkingDay(disbursed))
            {
                return disbursed;
            }
        }
        throw new InvalidOperationException($"no disbursement day gives an M1 loan on {today}");
    }
}
