using System.Net;

namespace Actors.Api.Tests;

/// <summary>
/// The management department uploads a year's working calendar in the shipped files' shape; nobody else may. The year is
/// made up (2031), far from every loan of the other tests.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class CalendarsApiTests(ApiServerFixture server)
{
    private readonly HttpClient _md = server.Http;

    private static object Year2031(params string[] makeUp) => new
    {
        year = 2031,
        source = "made up for a test",
        holidays = new[] { new { name = "New Year", from = "2031-01-01", to = "2031-01-01" }, new { name = "Spring Festival", from = "2031-01-22", to = "2031-01-28" } },
        makeUpWorkingDays = makeUp,
    };

    [Fact]
    public async Task The_management_department_uploads_a_year_it_is_versioned_and_a_wrong_file_is_refused_naming_its_field()
    {
        // Bad files first: each names its field, and no version of 2031 appears.
        (await _md.ApiPostAsync("/api/calendars", Year2031("2031-01-06"))).ShouldBeValidationProblem("makeUpWorkingDays[0]");   // a Monday
        (await _md.ApiPostAsync("/api/calendars", Year2031("2031-01-25"))).ShouldBeValidationProblem("makeUpWorkingDays[0]");   // a Saturday off
        (await _md.ApiPostAsync("/api/calendars", Year2031("2032-01-03"))).ShouldBeValidationProblem("makeUpWorkingDays[0]");   // another year
        (await _md.ApiPostAsync("/api/calendars", new { year = 2031, holidays = new[] { new { name = "Weekend", from = "2031-01-04", to = "2031-01-05" } }, makeUpWorkingDays = Array.Empty<string>() }))
            .ShouldBeValidationProblem("holidays[0]");
        (await _md.ApiPostAsync("/api/calendars", new { year = 2031, holidays = new[] { new { name = "X", from = "2031-02-30", to = "2031-03-01" } }, makeUpWorkingDays = Array.Empty<string>() }))
            .ShouldBeValidationProblemNaming("holidays[0].from");
        (await _md.ApiPostAsync("/api/calendars", new { year = 1999, holidays = Array.Empty<object>(), makeUpWorkingDays = Array.Empty<string>() })).ShouldBeValidationProblem("year");
        (await _md.ApiPostAsync("/api/calendars", new { year = 2031, makeUpWorkingDays = Array.Empty<string>() })).ShouldBeValidationProblem("holidays");
        (await _md.ApiGetAsync("/api/calendars/2031")).ShouldBeProblem(HttpStatusCode.NotFound);

        var created = (await _md.ApiPostAsync("/api/calendars?fileName=2031-test.json", Year2031("2031-01-19"))).ShouldBe(HttpStatusCode.Created);
        Assert.Equal("/api/calendars/2031", created.Location!.OriginalString);
        var version = created.Json["version"]!;
        Assert.Equal((2031, 1, "2031-test.json", false), ((int)version["year"]!, (int)version["version"]!, (string)version["fileName"]!, (bool)version["shipped"]!));
        Assert.True((bool)created.Json["changed"]!);

        var second = (await _md.ApiPostAsync("/api/calendars", Year2031())).ShouldBe(HttpStatusCode.Created);
        Assert.Equal((2, "2031.json"), ((int)second.Json["version"]!["version"]!, (string)second.Json["version"]!["fileName"]!));

        var latest = await _md.SnapshotAsync("/api/calendars/2031");
        Assert.Equal(2, (int)latest["version"]!["version"]!);
        Assert.Empty(latest["file"]!["makeUpWorkingDays"]!.AsArray());
        var first = await _md.SnapshotAsync("/api/calendars/2031/versions/1");
        Assert.Equal("2031-01-19", (string)first["file"]!["makeUpWorkingDays"]![0]!);
        Assert.Equal(("Spring Festival", "2031-01-22"), ((string)first["file"]!["holidays"]![1]!["name"]!, (string)first["file"]!["holidays"]![1]!["from"]!));

        var versions = (await _md.SnapshotAsync("/api/calendars")).AsArray();
        Assert.Contains(versions, v => (int)v!["year"]! == 2026 && (bool)v["shipped"]!);
        Assert.Equal(2, versions.Count(v => (int)v!["year"]! == 2031));

        // The security audit records both uploads, by whom, with the file; the refused files left no entry.
        var audit = (await _md.ApiGetAsync("/api/audit?action=calendar&limit=500")).ShouldBe(HttpStatusCode.OK).Json["items"]!.AsArray();
        var uploads = audit.Where(e => (string?)e!["target"] == "calendar/2031").ToList();
        Assert.Equal(2, uploads.Count);
        Assert.All(uploads, e => Assert.Equal("calendar.uploaded", (string?)e!["action"]));
        Assert.Contains(uploads, e => ((string?)e!["detail"] ?? "").Contains("2031-test.json", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_client_manager_reads_the_calendars_but_may_not_upload_one()
    {
        var me = await _md.SnapshotAsync("/api/auth/me");
        var id = Ids.New("cm");
        (await _md.ApiPostAsync("/api/managers", new { id, institutionId = (string)me["institutionId"]!, name = "Wang Fang", roles = new[] { "ClientManager" } })).ShouldBe(HttpStatusCode.Created);
        (await _md.ApiPostAsync($"/api/staff/{id}/password", new { password = StaffSessions.Password })).ShouldBe(HttpStatusCode.NoContent);
        var manager = await StaffSessions.SignInAsync(server.Host.BaseAddress, id);

        (await manager.ApiPostAsync("/api/calendars", Year2031())).ShouldBeProblemWithoutDetail(HttpStatusCode.Forbidden);
        (await manager.ApiGetAsync("/api/calendars/2026")).ShouldBe(HttpStatusCode.OK);
    }
}
