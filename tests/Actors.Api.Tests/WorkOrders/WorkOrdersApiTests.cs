using System.Net;
using System.Net.Http.Json;

namespace Actors.Api.Tests.WorkOrders;

/// <summary>The work-order routes over real HTTP.</summary>
[Collection(ApiCollection.Name)]
public sealed class WorkOrdersApiTests(ApiServerFixture server)
{

    public static TheoryData<string, string> Routes => new()
    {
        { "GET", "/api/institutions/SB-X/work-orders?month=2026-04" },
        { "GET", "/api/institutions/SB-X/work-orders/progress?date=2026-04-15" },
        { "GET", "/api/work-orders/WO-202604-C1" },
        { "POST", "/api/work-orders/WO-202604-C1/assign" },
        { "POST", "/api/work-orders/WO-202604-C1/book" },
        { "POST", "/api/work-orders/WO-202604-C1/visit" },
        { "POST", "/api/work-orders/WO-202604-C1/files" },
        { "GET", "/api/work-orders/WO-202604-C1/files/0123456789abcdef0123456789abcdef.jpg" },
        { "GET", "/api/risk-list" },
    };

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Without_sign_in_every_work_order_route_answers_401_problem_details(string method, string path)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method == "POST")
        {
            request.Content = JsonContent.Create(new { memberId = "M1" });
        }
        using var anonymous = StaffSessions.Anonymous(server.Host.BaseAddress);
        using var response = await anonymous.SendAsync(request);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
