using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Sessions = Actors.Api.Http.StaffSessions;

namespace Actors.Api.Tests;

/// <summary>
/// A session ends after 30 minutes without a request and 10 hours after sign-in however busy it is (the sessions'
/// clock is a <see cref="FakeTimeProvider"/>, moved by the test); the refused cookie answers 401 and the audit says why.
/// </summary>
public sealed class SessionExpiryTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 7, 8, 0, 0, TimeSpan.Zero));
    private OwnGridHost _grid = null!;

    public Task InitializeAsync()
    {
        _grid = new OwnGridHost(new Dictionary<string, string>(), s => s.AddKeyedSingleton<TimeProvider>(Sessions.ClockKey, _clock));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _grid.DisposeAsync();

    [Fact]
    public async Task A_session_idle_for_30_minutes_is_refused_and_the_audit_says_it_timed_out()
    {
        var (staffId, session) = await StaffAsync();
        _clock.Advance(TimeSpan.FromMinutes(29));
        (await session.ApiGetAsync("/api/auth/me")).ShouldBe(HttpStatusCode.OK);

        _clock.Advance(TimeSpan.FromMinutes(31));

        (await session.ApiGetAsync("/api/auth/me")).ShouldBe(HttpStatusCode.Unauthorized);
        var expired = Assert.Single(await ExpiriesOfAsync(staffId));
        Assert.Equal("idle-timeout: 00:30:00", (string?)expired["detail"]);
    }

    [Fact]
    public async Task A_session_kept_busy_is_refused_10_hours_after_sign_in_and_the_audit_says_it_reached_its_lifetime()
    {
        var (staffId, session) = await StaffAsync();
        for (var minutes = 0; minutes < 10 * 60 - 20; minutes += 20)
        {
            _clock.Advance(TimeSpan.FromMinutes(20));
            (await session.ApiGetAsync("/api/auth/me")).ShouldBe(HttpStatusCode.OK);
        }
        Assert.Empty(await ExpiriesOfAsync(staffId));

        _clock.Advance(TimeSpan.FromMinutes(20));

        (await session.ApiGetAsync("/api/auth/me")).ShouldBe(HttpStatusCode.Unauthorized);
        var expired = Assert.Single(await ExpiriesOfAsync(staffId));
        Assert.Equal("absolute-lifetime: 10:00:00", (string?)expired["detail"]);
        Assert.Equal(staffId, (string?)expired["actor"]);
    }

    private async Task<(string StaffId, HttpClient Session)> StaffAsync()
    {
        using var md = await StaffSessions.HeadOfficeManagementAsync(_grid.Host.Services, _grid.Host.BaseAddress);
        var branch = Ids.New("br");
        (await md.ApiPostAsync("/api/institutions", Network.InstitutionBody(branch))).ShouldBe(HttpStatusCode.Created);
        var session = await md.NewStaffAsync(branch, "clientManager");
        return ((string)(await session.ApiGetAsync("/api/auth/me")).ShouldBe(HttpStatusCode.OK).Json["staffId"]!, session);
    }

    /// <summary>Read by a management department signed in now (its own session started on the same moved clock).</summary>
    private async Task<List<System.Text.Json.Nodes.JsonNode>> ExpiriesOfAsync(string staffId)
    {
        using var md = await StaffSessions.HeadOfficeManagementAsync(_grid.Host.Services, _grid.Host.BaseAddress);
        var items = (await md.ApiGetAsync($"/api/audit?action=session.expired&actor={staffId}&limit=50")).ShouldBe(HttpStatusCode.OK).Json["items"]!.AsArray();
        return [.. items.Select(e => e!)];
    }
}
