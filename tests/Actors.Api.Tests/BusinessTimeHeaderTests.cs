using System.Globalization;
using System.Net;

namespace Actors.Api.Tests;

/// <summary>The screens' one clock comes from the server: every API answer says what business time it is.</summary>
[Collection(ClosedAprilCollection.Name)]
public sealed class BusinessTimeHeaderTests(ClosedAprilFixture april)
{
    [Fact]
    public async Task Every_api_answer_carries_the_business_clock_not_the_machine_clock_a_refusal_too()
    {
        using var ok = await april.Management.GetAsync("/api/auth/me");
        using var missing = await april.Management.GetAsync($"/api/lobbies/{Ids.New("nowhere")}");
        using var anonymous = new HttpClient { BaseAddress = april.Host.BaseAddress };
        using var refused = await anonymous.GetAsync("/api/auth/me");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.NotFound, HttpStatusCode.Unauthorized), (ok.StatusCode, missing.StatusCode, refused.StatusCode));
        foreach (var response in new[] { ok, missing, refused })
        {
            var now = DateTimeOffset.Parse(Assert.Single(response.Headers.GetValues("Business-Time")), CultureInfo.InvariantCulture);
            // The fixture's clock stands at 1 May 00:00 CST, months after the machine's own date.
            Assert.Equal(april.Clock.GetUtcNow(), now);
            Assert.Equal("1", Assert.Single(response.Headers.GetValues("Business-Time-Rate")));
        }
    }
}
