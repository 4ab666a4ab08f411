using System.Net;
using System.Text;
using Actors.Grains.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Actors.Api.Tests;

/// <summary>
/// A server of its own whose business clock starts on Monday 6 April 2026 and is moved past the end of April once:
/// a sub-branch opens accounts for two client managers (one with a Chinese name, one whose name is a spreadsheet
/// formula), takes a deposit, and April closes by itself at 00:00 on 1 May.
/// </summary>
public sealed class ClosedAprilFixture : IAsyncLifetime
{
    public static readonly DateTimeOffset Start = new(2026, 4, 6, 10, 0, 0, TimeSpan.FromHours(8));
    public static readonly DateTimeOffset MonthEnd = new(2026, 5, 1, 0, 0, 0, TimeSpan.FromHours(8));
    public const string Chinese = "王芳";
    public const string Formula = "=cmd|' /C calc'!A0";

    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "branchgrid-api-month-end-" + Guid.NewGuid().ToString("N"));

    public FakeTimeProvider Clock { get; } = new(Start);
    public GridHost Host { get; private set; } = null!;
    public HttpClient Management { get; private set; } = null!;
    public string Branch { get; } = Ids.New("br");
    public string SubBranch { get; } = Ids.New("sb");
    public string Elsewhere { get; } = Ids.New("sb");
    public string Wang { get; } = Ids.New("mgr");
    public string Trickster { get; } = Ids.New("mgr");

    public async Task InitializeAsync()
    {
        Host = new GridHost(_dataDirectory, businessClock: Clock);
        Host.StartServer();
        Management = await StaffSessions.HeadOfficeManagementAsync(Host.Services, Host.BaseAddress);
        var headOffice = StaffSessions.HeadOffice;
        await Created("/api/institutions", new { id = Branch, name = "深圳分行", kind = "branch", parentId = headOffice });
        await Created("/api/institutions", new { id = SubBranch, name = "福田支行", kind = "subBranch", parentId = Branch });
        await Created("/api/institutions", new { id = Elsewhere, name = "Luohu", kind = "subBranch", parentId = Branch });
        await Created("/api/managers", Network.ManagerBody(Wang, SubBranch, Chinese));
        await Created("/api/managers", Network.ManagerBody(Trickster, SubBranch, Formula));
        var client = Ids.New("cli");
        await Created("/api/clients", Network.ClientBody(client, SubBranch, Wang));
        await Created("/api/clients", Network.ClientBody(Ids.New("cli"), SubBranch, Wang));
        await Created("/api/clients", Network.ClientBody(Ids.New("cli"), SubBranch, Trickster));
        await Created("/api/terminals", Network.TerminalBody(Ids.New("pos"), SubBranch, Wang, client, Formula));
        await Management.ApplyAsync(Tx.Batch(Tx.Deposit(client, 8_000m, Clock.GetUtcNow())));

        Clock.SetUtcNow(MonthEnd);
        await Eventually.Until(() => Management.ApiGetAsync($"/api/institutions/{Branch}/statistics?month=2026-04"),
            r => r.Status == HttpStatusCode.OK, "April is closed", Clock);
    }

    private async Task Created(string path, object body) => (await Management.ApiPostAsync(path, body)).ShouldBe(HttpStatusCode.Created);

    public async Task DisposeAsync()
    {
        Management?.Dispose();
        if (Host is not null)
        {
            await Host.DisposeAsync();
        }
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

[CollectionDefinition(Name)]
public sealed class ClosedAprilCollection : ICollectionFixture<ClosedAprilFixture>
{
    public const string Name = "API with April closed";
}

[Collection(ClosedAprilCollection.Name)]
public sealed class MonthEndStatisticsApiTests(ClosedAprilFixture april)
{
    private string Statistics(string institutionId, string? month = "2026-04", bool csv = false) =>
        $"/api/institutions/{institutionId}/statistics{(csv ? ".csv" : "")}{(month is null ? "" : "?month=" + month)}";

    [Fact]
    public async Task A_team_lead_reads_Aprils_frozen_statistics_per_institution_sub_branch_and_manager()
    {
        using var lead = await april.Management.NewStaffAsync(april.Branch, "TeamLead");
        var s = (await lead.ApiGetAsync(Statistics(april.Branch))).ShouldBe(HttpStatusCode.OK).Json;

        Assert.Equal(("2026-04", "深圳分行"), ((string)s["month"]!, (string)s["institutionName"]!));
        Assert.Equal(ClosedAprilFixture.MonthEnd, DateTimeOffset.Parse((string)s["generatedAt"]!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal((3, 3, 8_000m), ((int)s["institution"]!["accounts"]!, (int)s["institution"]!["newAccounts"]!, (decimal)s["institution"]!["depositsGrowth"]!));
        Assert.Equal((1, 0, 0), ((int)s["terminals"]!["registered"]!, (int)s["terminals"]!["activeInMonth"]!, (int)s["terminals"]!["inactiveAtMonthEnd"]!));
        var futian = s["subBranches"]!.AsArray().Single(b => (string)b!["institutionId"]! == april.SubBranch)!;
        Assert.Equal(("福田支行", 3, false, true), ((string)futian["name"]!, (int)futian["figures"]!["newAccounts"]!,
            (bool)futian["targets"]!["monthlyMet"]!, (bool)futian["targets"]!["basicMet"]!));
        Assert.Contains(s["subBranches"]!.AsArray(), b => (string)b!["institutionId"]! == april.Elsewhere && (int)b["figures"]!["newAccounts"]! == 0);
        var wang = s["managers"]!.AsArray().Single(m => (string)m!["managerId"]! == april.Wang)!;
        Assert.Equal((ClosedAprilFixture.Chinese, 2), ((string)wang["name"]!, (int)wang["figures"]!["newAccounts"]!));

        // The sub-branch's own statistics, read by its team lead.
        using var subLead = await april.Management.NewStaffAsync(april.SubBranch, "TeamLead");
        var own = (await subLead.ApiGetAsync(Statistics(april.SubBranch))).ShouldBe(HttpStatusCode.OK).Json;
        Assert.Equal(3, (int)own["institution"]!["newAccounts"]!);
    }

    [Fact]
    public async Task The_csv_is_utf8_with_a_byte_order_mark_has_a_header_keeps_Chinese_names_and_defuses_a_formula_name()
    {
        using var head = await april.Management.NewStaffAsync(april.Branch, "InstitutionHead");
        using var response = await head.GetAsync(Statistics(april.Branch, csv: true));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);

        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n");
        Assert.Equal(Actors.Api.Apis.MonthStatisticsCsv.Header, lines[0]);
        Assert.StartsWith($"2026-04,institution,{april.Branch},深圳分行,3,3,3,", lines[1]);
        Assert.Contains(lines, l => l.StartsWith($"2026-04,subBranch,{april.SubBranch},福田支行,3,3,", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith($"2026-04,manager,{april.Wang},{ClosedAprilFixture.Chinese},2,2,2,", StringComparison.Ordinal));
        var trickster = Assert.Single(lines, l => l.Contains(april.Trickster, StringComparison.Ordinal));
        Assert.Contains($",'{ClosedAprilFixture.Formula},", trickster);
        Assert.DoesNotContain(",=", string.Join("\n", lines));
    }

    [Fact]
    public async Task An_open_month_is_404_a_malformed_month_400_outside_the_scope_404_a_client_manager_403_and_anonymous_401()
    {
        using var lead = await april.Management.NewStaffAsync(april.SubBranch, "TeamLead");
        var open = (await lead.ApiGetAsync(Statistics(april.SubBranch, "2026-05"))).ShouldBeProblem(HttpStatusCode.NotFound);
        Assert.Contains("not closed", (string)open["detail"]!);
        (await lead.ApiGetAsync(Statistics(april.SubBranch, "2026-05", csv: true))).ShouldBeProblem(HttpStatusCode.NotFound);
        (await lead.ApiGetAsync(Statistics(april.SubBranch, "2026-13"))).ShouldBeValidationProblem("month");
        (await lead.ApiGetAsync(Statistics(april.SubBranch, "2026-13", csv: true))).ShouldBeValidationProblem("month");
        (await lead.ApiGetAsync(Statistics(april.SubBranch, month: null))).ShouldBeValidationProblem("month");
        (await lead.ApiGetAsync(Statistics(Ids.New("nowhere")))).ShouldBeProblem(HttpStatusCode.NotFound);

        // The sub-branch's team lead does not cover the branch above it, nor a sibling sub-branch.
        (await lead.ApiGetAsync(Statistics(april.Branch))).ShouldBeProblem(HttpStatusCode.NotFound);
        (await lead.ApiGetAsync(Statistics(april.Elsewhere, csv: true))).ShouldBeProblem(HttpStatusCode.NotFound);

        using var clientManager = await april.Management.NewStaffAsync(april.SubBranch, "ClientManager");
        (await clientManager.ApiGetAsync(Statistics(april.SubBranch))).ShouldBeProblem(HttpStatusCode.Forbidden);
        (await clientManager.ApiGetAsync(Statistics(april.SubBranch, csv: true))).ShouldBeProblem(HttpStatusCode.Forbidden);
        using var risk = await april.Management.NewStaffAsync(april.SubBranch, "RiskOfficer");
        (await risk.ApiGetAsync(Statistics(april.SubBranch))).ShouldBe(HttpStatusCode.OK);

        using var anonymous = StaffSessions.Anonymous(april.Host.BaseAddress);
        (await anonymous.ApiGetAsync(Statistics(april.SubBranch))).ShouldBeProblemWithoutDetail(HttpStatusCode.Unauthorized);
        (await anonymous.ApiGetAsync(Statistics(april.SubBranch, csv: true))).ShouldBeProblemWithoutDetail(HttpStatusCode.Unauthorized);
    }
}
