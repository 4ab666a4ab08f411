using System.Net;
using System.Text.RegularExpressions;

namespace Actors.Api.Tests.Contract;

/// <summary>What every answer of the API looks like on the wire: money with its two decimals, refusals in the caller's language.</summary>
[Collection(ApiCollection.Name)]
public sealed partial class WireConventionsTests(ApiServerFixture server)
{
    private readonly HttpClient _http = server.Http;

    [Fact]
    public async Task Money_is_written_with_two_decimals_whatever_scale_it_was_posted_or_stored_with()
    {
        var n = await Network.CreateAsync(_http);
        Assert.Single(await _http.ApplyAsync(Tx.Batch(n.Deposit(50000m))));

        var client = (await _http.ApiGetAsync($"/api/clients/{n.ClientId}")).ShouldBe(HttpStatusCode.OK).Text;
        var loan = (await _http.ApiGetAsync($"/api/loans/{n.LoanId}")).ShouldBe(HttpStatusCode.OK).Text;

        Assert.Contains("\"depositBalance\":50000.00", client, StringComparison.Ordinal);
        Assert.Contains("\"principal\":12000.00", loan, StringComparison.Ordinal);
        // A rate keeps its own places.
        Assert.Contains("\"annualRate\":0.06", loan, StringComparison.Ordinal);
        Assert.DoesNotMatch(OneDecimal(), client + loan);
    }

    [Fact]
    public async Task A_refusal_is_worded_in_Chinese_for_a_zh_CN_reader_and_in_English_otherwise()
    {
        var n = await Network.CreateAsync(_http);
        var path = $"/api/lobbies/{n.InstitutionId}/desks/no-such-desk/call-next";

        using var chinese = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json") };
        chinese.Headers.AcceptLanguage.ParseAdd("zh-CN,zh;q=0.9,en;q=0.5");
        using var zh = await _http.SendAsync(chinese);
        var zhText = await zh.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.NotFound, zh.StatusCode);
        Assert.Equal("zh-CN", zh.Content.Headers.ContentLanguage.Single());
        Assert.Contains("本大堂没有窗口 no-such-desk", zhText, StringComparison.Ordinal);
        Assert.Contains("未找到", zhText, StringComparison.Ordinal);

        var en = (await _http.ApiPostAsync(path, new { })).ShouldBeProblem(HttpStatusCode.NotFound);
        Assert.Equal("desk no-such-desk does not exist in this lobby", (string)en["detail"]!);
    }

    [Fact]
    public async Task A_field_refusal_in_Chinese_names_the_field_and_words_the_rule_in_Chinese()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/transactions")
        {
            Content = new StringContent("""{"transactions":[{"id":"t-1","type":"Deposit","clientId":"c-1","amount":0,"at":"2026-05-01T09:00:00+08:00"}]}""",
                System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.AcceptLanguage.ParseAdd("zh-CN");
        using var response = await _http.SendAsync(request);
        var problem = new ApiResponse(response.StatusCode, response.Content.Headers.ContentType?.MediaType, null, await response.Content.ReadAsStringAsync());

        var errors = problem.ShouldBeValidationProblem("transactions[0].amount");
        Assert.Equal("必须大于 0", (string)errors["transactions[0].amount"]![0]!);
        Assert.Equal("请求无效。", (string)problem.Json["title"]!);
    }

    [GeneratedRegex(@":-?\d+\.\d[,}]")]
    private static partial Regex OneDecimal();
}
