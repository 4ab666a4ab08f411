using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Actors.Domain;
using Actors.Domain.Calendar;
using Actors.Api.Json;

namespace Actors.Screens.Tests.Support;

/// <summary>
/// An overdue loan (stage M1: its first installment fell due a few days ago, unpaid) in a fresh head office, which is
/// its own collections room; created through the API. Payments on it are collections, so they show on the board.
/// </summary>
public sealed record LoanOnBoard(string RoomId, string LoanId)
{
    private static readonly WorkingCalendar Calendar = WorkingCalendar.LoadDirectory(Path.Combine(AppContext.BaseDirectory, "calendars"));

    public static async Task<LoanOnBoard> CreateAsync(HttpClient http)
    {
        var institution = Branches.NewId("br");
        var manager = Branches.NewId("mgr");
        var client = Branches.NewId("cli");
        var loan = Branches.NewId("loan");
        await PostAsync(http, "/api/institutions", new { id = institution, name = "Shenzhen branch", kind = "branch", parentId = BankRoot.HeadOffice });
        await PostAsync(http, "/api/managers", new { id = manager, institutionId = institution, name = "Wang Fang" });
        await PostAsync(http, "/api/clients", new { id = client, institutionId = institution, name = "Li Hua Trading", kind = "corporate", managerId = manager });
        await PostAsync(http, "/api/loans", new
        {
            id = loan, institutionId = institution, clientId = client, principal = 12_000m, annualRate = 0.06m, termMonths = 12,
            disbursedOn = DisbursedForAnOverdueFirstInstallment().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        });
        return new LoanOnBoard(institution, loan);
    }

    /// <summary>The loan's client pays, as the core banking system posts it.</summary>
    public async Task RepayAsync(HttpClient http, decimal amount)
    {
        var at = DateTimeOffset.UtcNow.AddMinutes(-1).ToOffset(TimeSpan.FromHours(8)).ToString("O", CultureInfo.InvariantCulture);
        using var response = await http.PostAsJsonAsync("/api/transactions", new
        {
            transactions = new[] { new { id = Branches.NewId("tx"), type = "repayment", loanId = LoanId, amount, at } },
        });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK && body.Contains("\"Applied\"", StringComparison.Ordinal), $"{response.StatusCode}: {body}");
    }

    /// <summary>
    /// A disbursement day (a working day, the 25th or earlier) whose first installment, due a month later, fell due
    /// 2 to 28 days ago: the loan is in M1 (1–30 days past due) today.
    /// </summary>
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

    private static async Task PostAsync(HttpClient http, string path, object body)
    {
        using var response = await http.PostAsJsonAsync(path, body, GridJson.Options);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{path}: {response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }
}
