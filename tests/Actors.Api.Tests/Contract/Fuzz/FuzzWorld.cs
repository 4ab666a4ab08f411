using System.Net;
using System.Text.Json.Nodes;

namespace Actors.Api.Tests.Contract.Fuzz;

/// <summary>
/// A small branch network with one of every entity the routes name, made through the API; the fuzzer points every path
/// and every reference of its requests at these, so that a request is refused only for the one value it gets wrong.
/// </summary>
public sealed class FuzzWorld
{
    public required HttpClient Staff { get; init; }
    public required HttpClient Device { get; init; }
    public required Network Network { get; init; }
    public required string Branch { get; init; }
    public required string SubBranch { get; init; }
    public required string Collector { get; init; }
    public required string DeskId { get; init; }
    public required string TicketId { get; init; }
    public required string ComplaintId { get; init; }
    public required string TransferId { get; init; }
    public required string DeviceId { get; init; }

    /// <summary>
    /// The fuzzer signs in as a head-office member of staff who holds every role: allowed on every route, covering every
    /// institution, so each bad request reaches the checks of its fields.
    /// </summary>
    public static async Task<FuzzWorld> CreateAsync(ApiServerFixture server)
    {
        var md = server.Http;
        var me = await md.SnapshotAsync("/api/auth/me");
        var (branch, subBranch) = (Ids.New("fz-br"), Ids.New("fz-sb"));
        (await md.ApiPostAsync("/api/institutions", new { id = branch, name = "Fuzz branch", kind = "Branch", parentId = (string)me["institutionId"]! })).ShouldBe(HttpStatusCode.Created);
        (await md.ApiPostAsync("/api/institutions", new { id = subBranch, name = "Fuzz sub-branch", kind = "SubBranch", parentId = branch })).ShouldBe(HttpStatusCode.Created);
        var network = await Network.CreateAsync(md, subBranch);
        var staff = await md.NewStaffAsync((string)me["institutionId"]!,
            "ClientManager", "TeamLead", "LobbyManager", "Collector", "RiskOfficer", "InstitutionHead", "ManagementDepartment");
        var collector = Ids.New("fz-col");
        (await md.ApiPostAsync("/api/managers", new { id = collector, institutionId = subBranch, name = "Fuzz collector", roles = new[] { "Collector" } })).ShouldBe(HttpStatusCode.Created);

        var lobby = $"/api/lobbies/{subBranch}";
        (await staff.ApiPostAsync($"{lobby}/desks", new { deskId = "fz-desk", name = "Desk", kind = "Counter", services = new[] { "Cash" } })).ShouldBe(HttpStatusCode.OK);
        var ticket = (await staff.ApiPostAsync($"{lobby}/tickets", new { service = "Cash" })).ShouldBe(HttpStatusCode.Created).Json;
        var complaint = (await staff.ApiPostAsync($"{lobby}/complaints", new { channel = "Hotline", content = "rude", owner = network.ManagerId })).ShouldBe(HttpStatusCode.Created).Json;
        var transfer = (await staff.ApiPostAsync($"/api/terminals/{network.TerminalId}/transfers", new { toStaffId = collector, reason = "moved" })).ShouldBe(HttpStatusCode.Created).Json;

        // A kiosk, registered on its own browser by a lobby manager of the branch.
        var device = await md.NewStaffAsync(subBranch, "LobbyManager");
        var kiosk = (await device.ApiPostAsync($"/api/devices/{subBranch}", new { screen = "Kiosk", name = "Kiosk by the door" })).ShouldBe(HttpStatusCode.Created).Json;

        return new FuzzWorld
        {
            Staff = staff, Device = device, Network = network, Branch = branch, SubBranch = subBranch, Collector = collector,
            DeskId = "fz-desk", TicketId = (string)ticket["ticketId"]!, ComplaintId = (string)complaint["complaintId"]!,
            TransferId = (string)transfer["transferId"]!, DeviceId = (string)kiosk["deviceId"]!,
        };
    }

    /// <summary>The existing entity a path parameter names on this route.</summary>
    public string PathValue(string route, string name) => name switch
    {
        "id" when route.StartsWith("/api/clients", StringComparison.Ordinal) => Network.ClientId,
        "id" when route.StartsWith("/api/terminals", StringComparison.Ordinal) => Network.TerminalId,
        "id" when route.StartsWith("/api/loans", StringComparison.Ordinal) => Network.LoanId,
        "id" when route.StartsWith("/api/managers", StringComparison.Ordinal) || route.StartsWith("/api/staff", StringComparison.Ordinal) => Network.ManagerId,
        "id" when route.StartsWith("/api/work-orders", StringComparison.Ordinal) => "WO-none",
        "id" => SubBranch,
        "branchId" or "scopeId" => SubBranch,
        "roomId" => Branch,
        "staffId" => Network.ManagerId,
        "collectorId" => Collector,
        "ticketId" => TicketId,
        "deskId" => DeskId,
        "complaintId" => ComplaintId,
        "transferId" => TransferId,
        "deviceId" => DeviceId,
        "fileId" => "none",
        "date" => BankDates.Today.Iso(),
        "year" => "2026",
        "version" => "1",
        _ => throw new InvalidOperationException($"no value for path parameter {name} of {route}"),
    };

    /// <summary>An existing entity for a request field that refers to one; null when the field is no reference.</summary>
    public string? Reference(string field) => field switch
    {
        "clientId" or "merchantClientId" => Network.ClientId,
        "managerId" or "memberId" or "owner" or "toStaffId" or "maintainerId" => Network.ManagerId,
        "collectorId" => Collector,
        "institutionId" or "parentId" => SubBranch,
        "terminalId" => Network.TerminalId,
        "loanId" => Network.LoanId,
        "deskId" or "toDeskId" => DeskId,
        "ticketId" => TicketId,
        _ => null,
    };

    /// <summary>
    /// What the fuzzer must not change: the entities its requests point at, read back. Volatile parts (the instant of the
    /// read, a lobby's running figures) are left out.
    /// </summary>
    public async Task<string> FingerprintAsync()
    {
        var reads = new List<string>();
        foreach (var path in (string[])[
            $"/api/clients/{Network.ClientId}", $"/api/terminals/{Network.TerminalId}", $"/api/loans/{Network.LoanId}",
            $"/api/institutions/{SubBranch}", $"/api/institutions/{Branch}", $"/api/managers/{Network.ManagerId}", $"/api/managers/{Collector}",
            $"/api/transfers/{TransferId}", $"/api/terminals/{Network.TerminalId}/audit", $"/api/lobbies/{SubBranch}/prospects",
            $"/api/devices/{SubBranch}", $"/api/staff?institutionId={SubBranch}", $"/api/lobbies/{SubBranch}", "/api/calendars"])
        {
            var read = await Staff.ApiGetAsync(path);
            if (read.Status != HttpStatusCode.OK)
            {
                reads.Add($"{path}: {(int)read.Status} {read.Text}");
                continue;
            }
            var node = read.Json;
            if (node is JsonObject view)
            {
                foreach (var volatileField in (string[])["at", "asOf", "stats", "day", "nextClockAt", "seq"])
                {
                    view.Remove(volatileField);
                }
            }
            reads.Add($"{path}: {node.ToJsonString()}");
        }
        return string.Join('\n', reads);
    }
}
