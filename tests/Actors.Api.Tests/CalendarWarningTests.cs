using System.Net;
using Microsoft.Extensions.Time.Testing;

namespace Actors.Api.Tests;

/// <summary>
/// Nobody is surprised by a calendar that runs out: on 2 November 2026, with 2027 not loaded, the management department's
/// worklist warns with the due dates already in 2027, /health is degraded, and a reminder counted over 2027 is provisional;
/// all three go when a (made-up) 2027 is uploaded.
/// </summary>
public sealed class CalendarWarningTests : IAsyncLifetime
{
    /// <summary>Monday 2 November 2026, 10:00 China Standard Time.</summary>
    private static readonly DateTimeOffset Start = new(2026, 11, 2, 10, 0, 0, TimeSpan.FromHours(8));

    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "branchgrid-api-calendar-" + Guid.NewGuid().ToString("N"));
    private GridHost _host = null!;
    private HttpClient _management = null!;

    public async Task InitializeAsync()
    {
        _host = new GridHost(_dataDirectory, businessClock: new FakeTimeProvider(Start));
        _host.StartServer();
        _management = await StaffSessions.HeadOfficeManagementAsync(_host.Services, _host.BaseAddress);
    }

    public async Task DisposeAsync()
    {
        _management.Dispose();
        await _host.DisposeAsync();
        Directory.Delete(_dataDirectory, recursive: true);
    }

    [Fact]
    public async Task From_November_without_next_years_calendar_the_worklist_warns_health_is_degraded_and_reminders_are_provisional_until_it_is_uploaded()
    {
        var me = await _management.SnapshotAsync("/api/auth/me");
        var (institution, manager, client) = ((string)me["institutionId"]!, Ids.New("mgr"), Ids.New("cli"));
        (await _management.ApiPostAsync("/api/managers", Network.ManagerBody(manager, institution))).ShouldBe(HttpStatusCode.Created);
        (await _management.ApiPostAsync("/api/clients", Network.ClientBody(client, institution, manager))).ShouldBe(HttpStatusCode.Created);
        // Disbursed Monday 12 October 2026, 12 months: due dates 12 November 2026 … 12 October 2027, ten of them in 2027.
        var loanId = Ids.New("loan");
        (await _management.ApiPostAsync("/api/loans", Network.LoanBody(loanId, institution, client, new DateOnly(2026, 10, 12))))
            .ShouldBe(HttpStatusCode.Created);

        var health = (await _management.ApiGetAsync("/health")).ShouldBe(HttpStatusCode.OK);
        Assert.StartsWith("Degraded\ncalendar: Degraded: next year's working-day calendar (2027) is not loaded", health.Text);
        var warning = Assert.Single((await _management.SnapshotAsync("/api/worklist"))["remindersToMake"]!.AsArray(), i => (string)i!["kind"]! == "CalendarMissing")!;
        Assert.Equal(("2027", "10"), ((string)warning["id"]!, (string)warning["detail"]!));
        var january = (await _management.SnapshotAsync($"/api/loans/{loanId}"))["installments"]![2]!;
        Assert.Equal(("2027-01-12", "2027-01-07", true), ((string)january["dueDate"]!, (string)january["reminderDate"]!, (bool)january["reminderProvisional"]!));
        Assert.False((bool)(await _management.SnapshotAsync($"/api/loans/{loanId}"))["installments"]![0]!["reminderProvisional"]!);

        (await _management.ApiPostAsync("/api/calendars", new
        {
            year = 2027, source = "made up for a test",
            holidays = new[] { new { name = "New Year", from = "2027-01-01", to = "2027-01-01" } }, makeUpWorkingDays = Array.Empty<string>(),
        })).ShouldBe(HttpStatusCode.Created);

        Assert.Equal("Healthy", (await _management.ApiGetAsync("/health")).ShouldBe(HttpStatusCode.OK).Text);
        Assert.DoesNotContain((await _management.SnapshotAsync("/api/worklist"))["remindersToMake"]!.AsArray(), i => (string)i!["kind"]! == "CalendarMissing");
        Assert.False((bool)(await _management.SnapshotAsync($"/api/loans/{loanId}"))["installments"]![2]!["reminderProvisional"]!);
    }
}
