using System.Net;
using System.Net.Http.Json;
using Actors.Cluster.Tests.Support;
using Xunit.Abstractions;

namespace Actors.Cluster.Tests;

/// <summary>
/// Sessions are server-side facts on every silo: a session opened on silo A and used on silo B ends on B at its next
/// request once the management department resets the password through A (the stamp lives in one grain, not in a cache).
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class SessionsAcrossSilosTests(PostgresFixture postgres, ITestOutputHelper log)
{
    [Fact]
    public async Task A_password_reset_through_silo_A_ends_the_session_on_silo_B_at_its_next_request()
    {
        await using var grid = await ThreeSiloGrid.StartAsync(postgres.Server, log);
        var management = grid.Http(grid.A);
        var (branch, staffId) = (BankNetwork.NewId("br"), BankNetwork.NewId("st"));
        await management.Branch(branch);
        await management.Created("api/managers", new { id = staffId, institutionId = branch, name = "Wang Fang", roles = new[] { "ClientManager" } });
        Assert.Equal(HttpStatusCode.NoContent, (await management.PostAsJsonAsync($"api/staff/{staffId}/password", new { password = "a long cluster passphrase" })).StatusCode);

        var jar = new CookieContainer();
        using var onA = StaffSignIn.Client(grid.A.BaseAddress, jar);
        using var onB = StaffSignIn.Client(grid.B.BaseAddress, jar);
        Assert.Equal(HttpStatusCode.OK, (await onA.PostAsJsonAsync("api/auth/sign-in", new { login = staffId, password = "a long cluster passphrase" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await onB.GetAsync("api/auth/me")).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await management.PostAsJsonAsync($"api/staff/{staffId}/password", new { password = "another cluster passphrase" })).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await onB.GetAsync("api/auth/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await onA.GetAsync("api/auth/me")).StatusCode);
    }
}
