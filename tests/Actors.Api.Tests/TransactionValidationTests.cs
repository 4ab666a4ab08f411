using System.Net;
using System.Text.Json.Nodes;

namespace Actors.Api.Tests;

/// <summary>
/// A batch with one bad item is refused whole: 400 ValidationProblem naming the field, and nothing in it applied,
/// not even the valid items next to the bad one.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class TransactionValidationTests(ApiServerFixture server)
{
    private readonly HttpClient _http = server.Http;

    /// <summary>Valid items first (a sale, a deposit, a repayment at indexes 0–2), then the bad one at index 3.</summary>
    private static JsonObject[] ValidItems(Network n) => [n.Sale(12.50m), n.Deposit(1_000m), n.Repayment(500m)];

    public static TheoryData<string> BadItems =>
    [
        "amount not a number", "amount missing", "amount zero", "amount negative", "amount with 3 decimals", "amount too large",
        "id missing", "id blank", "id duplicated in the batch", "type missing", "type unknown", "at missing", "at in the future", "at not a date",
        "terminalId missing for a sale", "loanId missing for a repayment", "clientId missing for a deposit", "clientId missing for a withdrawal",
        "item null",
    ];

    private static (JsonNode? Item, string[] Fields) Bad(string @case, Network n, JsonObject[] valid)
    {
        JsonObject Without(JsonObject item, string field)
        {
            item.Remove(field);
            return item;
        }
        JsonObject With(JsonObject item, string field, JsonNode? value)
        {
            item[field] = value;
            return item;
        }
        const string at = "transactions[3]";
        return @case switch
        {
            "amount not a number" => (With(n.Sale(1m), "amount", "abc"), [$"{at}.amount"]),
            "amount missing" => (Without(n.Sale(1m), "amount"), [$"{at}.amount"]),
            "amount zero" => (n.Deposit(0m), [$"{at}.amount"]),
            "amount negative" => (n.Repayment(-5m), [$"{at}.amount"]),
            "amount with 3 decimals" => (n.Sale(1.005m), [$"{at}.amount"]),
            "amount too large" => (n.Deposit(1_000_000_000_000m), [$"{at}.amount"]),
            "id missing" => (Without(n.Sale(1m), "id"), [$"{at}.id"]),
            "id blank" => (n.Sale(1m, id: " "), [$"{at}.id"]),
            "id duplicated in the batch" => (n.Deposit(5m, id: Tx.IdOf(valid[0])), [$"{at}.id"]),
            "type missing" => (Without(n.Sale(1m), "type"), [$"{at}.type"]),
            "type unknown" => (With(n.Sale(1m), "type", "refund"), [$"{at}.type"]),
            "at missing" => (Without(n.Sale(1m), "at"), [$"{at}.at"]),
            "at in the future" => (n.Sale(1m, at: DateTimeOffset.UtcNow.AddHours(1)), [$"{at}.at"]),
            "at not a date" => (With(n.Sale(1m), "at", "yesterday"), [$"{at}.at"]),
            "terminalId missing for a sale" => (Tx.Deposit(n.ClientId, 1m).Also(i => i["type"] = "posSale"), [$"{at}.terminalId"]),
            "loanId missing for a repayment" => (Without(n.Repayment(1m), "loanId").Also(i => i["terminalId"] = n.TerminalId), [$"{at}.loanId"]),
            "clientId missing for a deposit" => (Without(n.Deposit(1m), "clientId"), [$"{at}.clientId"]),
            "clientId missing for a withdrawal" => (With(n.Sale(1m), "type", "withdrawal"), [$"{at}.clientId"]),
            "item null" => (null, [at]),
            _ => throw new ArgumentOutOfRangeException(nameof(@case), @case, null),
        };
    }

    [Theory]
    [MemberData(nameof(BadItems))]
    public async Task A_bad_item_is_400_naming_its_field_and_no_item_of_the_batch_is_applied(string @case)
    {
        var n = await Network.CreateAsync(_http);
        var valid = ValidItems(n);
        var (bad, fields) = Bad(@case, n, valid);

        await AssertRefusedWholeAsync(n, Tx.Batch([.. valid, bad]), valid, fields);
    }

    [Fact]
    public async Task Every_bad_field_of_every_item_is_named()
    {
        var n = await Network.CreateAsync(_http);
        var valid = ValidItems(n);
        var batch = Tx.Batch(
            valid[0],
            new JsonObject { ["type"] = "posSale", ["amount"] = -1 },
            valid[1],
            n.Deposit(0.001m, at: DateTimeOffset.UtcNow.AddDays(2)),
            valid[2]);
        await AssertRefusedWholeAsync(n, batch, valid,
            "transactions[1].id", "transactions[1].terminalId", "transactions[1].amount", "transactions[1].at",
            "transactions[3].amount", "transactions[3].at");
    }

    [Fact]
    public async Task Malformed_JSON_is_400_naming_where_it_broke_and_nothing_is_applied()
    {
        var n = await Network.CreateAsync(_http);
        var valid = ValidItems(n);
        var whole = Tx.Batch(valid);

        // Truncated in the middle of the second item: the batch cannot be read, so not even the first item applies.
        var truncated = whole[..(whole.IndexOf(Tx.IdOf(valid[1]), StringComparison.Ordinal) + 5)];
        await AssertRefusedWholeAsync(n, truncated, valid, "transactions[1].id");

        // Truncated between items, and cut off right after the opening brace.
        var afterFirst = whole[..(whole.IndexOf("},", StringComparison.Ordinal) + 2)];
        await AssertRefusedWholeAsync(n, afterFirst, valid, "transactions[1]");
        await AssertRefusedWholeAsync(n, "{", valid, "body");

        // Not JSON, empty, JSON null, a bare array, and transactions of the wrong shape.
        await AssertRefusedWholeAsync(n, "transactions=1", valid, "body");
        await AssertRefusedWholeAsync(n, "", valid, "body");
        await AssertRefusedWholeAsync(n, "null", valid, "body");
        await AssertRefusedWholeAsync(n, Tx.Batch(valid)[("{\"transactions\":".Length)..^1], valid, "body");
        await AssertRefusedWholeAsync(n, """{"transactions": {"id": "x"}}""", valid, "transactions");
        await AssertRefusedWholeAsync(n, """{"transactions": [42]}""", valid, "transactions[0]");
    }

    [Fact]
    public async Task A_missing_or_empty_batch_is_400_naming_transactions()
    {
        var n = await Network.CreateAsync(_http);
        await AssertRefusedWholeAsync(n, "{}", [], "transactions");
        await AssertRefusedWholeAsync(n, """{"transactions": null}""", [], "transactions");
        await AssertRefusedWholeAsync(n, """{"transactions": []}""", [], "transactions");
    }

    [Fact]
    public async Task A_batch_larger_than_MaxBatchSize_is_400_naming_transactions_and_nothing_is_applied()
    {
        var n = await Network.CreateAsync(_http);
        var valid = ValidItems(n);
        var unknownTerminal = Ids.New("pos");
        JsonObject[] tooMany = [.. valid, .. Enumerable.Range(0, 998).Select(_ => Tx.Sale(unknownTerminal, 1m))];
        Assert.Equal(1001, tooMany.Length);
        await AssertRefusedWholeAsync(n, Tx.Batch(tooMany), valid, "transactions");

        // The largest allowed batch goes through (unknown-terminal items are cheap, and still answered one by one).
        var before = await n.EffectsAsync(_http);
        var sale = n.Sale(2m);
        var results = await _http.ApplyAsync(Tx.Batch([sale, .. Enumerable.Range(0, 999).Select(_ => Tx.Sale(unknownTerminal, 1m))]));
        Assert.Equal(1000, results.Count);
        Assert.Equal((Tx.IdOf(sale), "Applied"), (results[0].Id, results[0].Status));
        Assert.All(results.Skip(1), r => Assert.Equal("UnknownEntity", r.Status));
        Assert.Equal(before with { SalesCount = before.SalesCount + 1, SalesAmount = before.SalesAmount + 2m }, await n.EffectsAsync(_http));
    }

    [Fact]
    public async Task A_non_JSON_content_type_is_refused_and_nothing_is_applied()
    {
        var n = await Network.CreateAsync(_http);
        var valid = ValidItems(n);
        var before = await n.EffectsAsync(_http);
        (await _http.SendRawAsync(HttpMethod.Post, "/api/transactions", Tx.Batch(valid), contentType: "text/plain"))
            .ShouldBeProblemWithoutDetail(HttpStatusCode.UnsupportedMediaType);
        Assert.Equal(before, await n.EffectsAsync(_http));
    }

    /// <summary>
    /// Posts the batch, expects a 400 naming exactly <paramref name="fields"/>, checks that no snapshot moved, then posts the
    /// valid items alone: each applies as new (not replayed), which proves the refused batch left no receipt behind either.
    /// </summary>
    private async Task AssertRefusedWholeAsync(Network n, string batch, JsonObject[] valid, params string[] fields)
    {
        var before = await n.EffectsAsync(_http);
        (await _http.PostBatchAsync(batch)).ShouldBeValidationProblem(fields);
        Assert.Equal(before, await n.EffectsAsync(_http));

        if (valid.Length == 0)
        {
            return;
        }
        var results = await _http.ApplyAsync(Tx.Batch(valid));
        Assert.Equal(valid.Select(Tx.IdOf), results.Select(r => r.Id));
        Assert.All(results, r => Assert.Equal(("Applied", false), (r.Status, r.Replayed)));
        Assert.NotEqual(before, await n.EffectsAsync(_http));

        // The next check of the same test posts the same valid items again: they need fresh ids to count as new.
        foreach (var item in valid)
        {
            item["id"] = Ids.New("tx");
        }
    }
}

internal static class JsonObjectExtensions
{
    public static JsonObject Also(this JsonObject item, Action<JsonObject> change)
    {
        change(item);
        return item;
    }
}
