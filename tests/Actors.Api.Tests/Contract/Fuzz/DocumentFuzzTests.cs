using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Xunit.Abstractions;

namespace Actors.Api.Tests.Contract.Fuzz;

/// <summary>
/// A fuzz test driven by the OpenAPI document: for every operation, bad bodies and parameters generated from its schema
/// (the wrong types, enum names that do not exist, numbers out of range, instants without their offset or out of their
/// years, ids outside the alphabet, text too long, whole bodies that are no JSON object), each sent as a signed-in member
/// of staff allowed on every route. No answer is a 5xx, none accepts what it should refuse, and the entities the requests
/// point at read the same afterwards.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class DocumentFuzzTests(ApiServerFixture server, ITestOutputHelper output)
{
    /// <summary>Sign-out has nothing to fuzz (no body, no parameter) and would end the fuzzer's own session.</summary>
    private static readonly HashSet<string> Skipped = ["SignOut"];

    private sealed record Case(string Operation, string Label, HttpMethod Method, string Path, string? Body, string ContentType = "application/json");

    [Fact]
    public async Task No_bad_request_from_the_document_answers_5xx_is_accepted_or_changes_anything()
    {
        var world = await FuzzWorld.CreateAsync(server);
        var document = JsonNode.Parse((await server.Http.ApiGetAsync("/openapi/v1.json")).ShouldBe(HttpStatusCode.OK).Text)!;
        var schemas = document["components"]!["schemas"]!.AsObject();
        var failures = new List<string>();
        var (cases, operations) = (0, 0);
        var before = await world.FingerprintAsync();

        foreach (var (route, item) in document["paths"]!.AsObject())
        {
            foreach (var (verb, operationNode) in item!.AsObject())
            {
                var operation = operationNode!.AsObject();
                var name = (string)operation["operationId"]!;
                if (Skipped.Contains(name))
                {
                    continue;
                }
                operations++;
                var client = route.StartsWith("/api/device/", StringComparison.Ordinal) || route == "/api/device" ? world.Device : world.Staff;
                foreach (var c in CasesOf(name, new HttpMethod(verb.ToUpperInvariant()), route, operation, schemas, world))
                {
                    cases++;
                    var answer = await SendAsync(client, c);
                    if ((int)answer.Status >= 500 || (int)answer.Status < 400)
                    {
                        failures.Add($"{c.Operation} {c.Method} {c.Path[..Math.Min(c.Path.Length, 120)]} with {c.Label}: {(int)answer.Status} {Trim(answer.Text)}");
                    }
                }
                var after = await world.FingerprintAsync();
                if (after != before)
                {
                    failures.Add($"{name}: the entities read differently after its bad requests:\n{Difference(before, after)}");
                    before = after;
                }
            }
        }

        output.WriteLine($"{cases} bad requests over {operations} operations, {failures.Count} failure(s).");
        Assert.True(operations >= 85, $"only {operations} operations fuzzed");
        Assert.True(failures.Count == 0, $"{failures.Count} of {cases} bad requests were mishandled:\n{string.Join('\n', failures.Take(60))}");
    }

    private static IEnumerable<Case> CasesOf(string name, HttpMethod method, string route, JsonObject operation, JsonObject schemas, FuzzWorld world)
    {
        var parameters = operation["parameters"]?.AsArray().Select(p => p!.AsObject()).ToList() ?? [];
        var path = Path(route, parameters, world, null, null);
        var query = parameters.Where(p => (string)p["in"]! == "query").ToList();
        var content = operation["requestBody"]?["content"]?.AsObject();
        var json = content?["application/json"]?["schema"] is JsonObject bodySchema ? Resolve(bodySchema, schemas) : null;
        var body = json is null ? null : Valid(json, schemas, world, "body")?.ToJsonString();

        // Each path parameter at a time: ids outside the alphabet, a day that is none.
        foreach (var parameter in parameters.Where(p => (string)p["in"]! == "path"))
        {
            var parameterName = (string)parameter["name"]!;
            var odd = parameterName == "date"
                ? (IEnumerable<(string, string)>)[("30 February", "2026-02-30"), ("year 9999", "9999-12-31"), ("not a date", "tomorrow")]
                : BadValues.OddIds.Where(o => o.Id is not ("" or "..")).Append(("an oversize id", new string('x', BadValues.Oversize / 40)));
            foreach (var (label, value) in odd)
            {
                yield return new(name, $"path {parameterName}: {label}", method, Path(route, parameters, world, parameterName, value), body);
            }
        }
        // Each query parameter at a time.
        foreach (var parameter in query)
        {
            var parameterName = (string)parameter["name"]!;
            var schema = Resolve(parameter["schema"]!.AsObject(), schemas);
            foreach (var (label, text) in BadValues.ForQuery(schema).Where(b => b.Value.Length > 0))
            {
                yield return new(name, $"query {parameterName}: {label}", method, $"{path}?{parameterName}={Uri.EscapeDataString(text)}", body);
            }
        }
        if (content?.ContainsKey("multipart/form-data") == true)
        {
            yield return new(name, "JSON for a form", method, path, "{}");
            yield return new(name, "a form without its file", method, path, "--b\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nPhoto\r\n--b--\r\n", "multipart/form-data; boundary=b");
            yield return new(name, "a form with a kind that is none", method, path,
                "--b\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nSelfie\r\n--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.png\"\r\nContent-Type: image/png\r\n\r\nxx\r\n--b--\r\n",
                "multipart/form-data; boundary=b");
        }
        if (json is null)
        {
            yield break;
        }
        // Whole bodies that are no request at all.
        foreach (var (label, text) in (IEnumerable<(string, string)>)[
            ("an empty body", ""), ("null", "null"), ("a list", "[]"), ("a string", "\"x\""), ("broken JSON", "{\"a\":"),
            ("nesting 200 deep", new string('[', 200) + new string(']', 200)), ("an object nested 200 deep", string.Concat(Enumerable.Repeat("{\"a\":", 200)) + "1" + new string('}', 200))])
        {
            yield return new(name, label, method, path, text);
        }
        if (json["required"] is JsonArray { Count: > 0 })
        {
            yield return new(name, "an empty object", method, path, "{}");
        }
        if (json["properties"]?.AsObject().FirstOrDefault(p => BadValues.TypeOf(Resolve(p.Value!.AsObject(), schemas)) == "string" && p.Value!["enum"] is null).Key is { } textField)
        {
            var huge = JsonNode.Parse(body!)!.AsObject();
            huge[textField] = new string('x', 2 * 1024 * 1024);
            yield return new(name, $"{textField}: 2 MB of text", method, path, huge.ToJsonString());
        }
        // Each field at a time, and the fields of the first item of each list of objects.
        foreach (var (field, label, mutate) in FieldMutations(json, schemas, world))
        {
            var mutated = JsonNode.Parse(body!)!.AsObject();
            mutate(mutated);
            yield return new(name, $"{field}: {label}", method, path, mutated.ToJsonString());
        }
    }

    private static IEnumerable<(string Field, string Label, Action<JsonObject> Mutate)> FieldMutations(JsonObject schema, JsonObject schemas, FuzzWorld world)
    {
        var required = schema["required"]?.AsArray().Select(r => (string)r!).ToHashSet() ?? [];
        foreach (var (field, fieldSchemaNode) in schema["properties"]?.AsObject() ?? [])
        {
            var fieldSchema = Resolve(fieldSchemaNode!.AsObject(), schemas);
            foreach (var (label, value) in BadValues.For(fieldSchema, required.Contains(field)))
            {
                yield return (field, label, body => body[field] = value?.DeepClone());
            }
            if (BadValues.TypeOf(fieldSchema) == "array" && fieldSchema["items"] is JsonObject itemsNode)
            {
                var items = Resolve(itemsNode, schemas);
                if (BadValues.TypeOf(items) == "object")
                {
                    foreach (var (inner, label, mutate) in FieldMutations(items, schemas, world))
                    {
                        yield return ($"{field}[0].{inner}", label, body =>
                        {
                            var first = Valid(items, schemas, world, field)!.AsObject();
                            mutate(first);
                            body[field] = new JsonArray(first);
                        });
                    }
                }
                else
                {
                    foreach (var (label, value) in BadValues.For(items, required: true))
                    {
                        yield return ($"{field}[0]", label, body => body[field] = new JsonArray(value?.DeepClone()));
                    }
                }
            }
            else if (BadValues.TypeOf(fieldSchema) == "object" && fieldSchema["properties"] is not null)
            {
                foreach (var (inner, label, mutate) in FieldMutations(fieldSchema, schemas, world))
                {
                    yield return ($"{field}.{inner}", label, body =>
                    {
                        var nested = Valid(fieldSchema, schemas, world, field)!.AsObject();
                        mutate(nested);
                        body[field] = nested;
                    });
                }
            }
        }
    }

    /// <summary>A value the schema accepts, pointing at the world's entities: the base each case changes one thing of.</summary>
    private static JsonNode? Valid(JsonObject schema, JsonObject schemas, FuzzWorld world, string field)
    {
        if (schema["enum"] is JsonArray names)
        {
            return names[0]!.DeepClone();
        }
        switch (BadValues.TypeOf(schema))
        {
            case "object":
                var required = schema["required"]?.AsArray().Select(r => (string)r!).ToHashSet() ?? [];
                var value = new JsonObject();
                foreach (var (name, property) in schema["properties"]?.AsObject() ?? [])
                {
                    var resolved = Resolve(property!.AsObject(), schemas);
                    if (required.Contains(name) || world.Reference(name) is not null)
                    {
                        value[name] = Valid(resolved, schemas, world, name);
                    }
                }
                return value;
            case "array":
                var items = Resolve(schema["items"]!.AsObject(), schemas);
                return schema["minItems"] is JsonValue min && (int)min > 0 ? new JsonArray(Valid(items, schemas, world, field)) : new JsonArray();
            case "integer":
                return JsonValue.Create(schema["minimum"] is JsonValue m ? (int)decimal.Parse(m.ToString(), System.Globalization.CultureInfo.InvariantCulture) : 1);
            case "number":
                return JsonValue.Create(1m);
            case "boolean":
                return JsonValue.Create(true);
            default:
                return (string?)schema["format"] switch
                {
                    "date-time" => JsonValue.Create(DateTimeOffset.UtcNow.AddMinutes(-1).ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-ddTHH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture)),
                    "date" => JsonValue.Create(BankDates.Today.Iso()),
                    _ => JsonValue.Create(world.Reference(field) ?? (field is "id" ? Ids.New("fz") : field == "claimIds" ? "AC-none" : "fuzz")),
                };
        }
    }

    private static JsonObject Resolve(JsonObject schema, JsonObject schemas)
    {
        if ((string?)schema["$ref"] is { } reference)
        {
            return Resolve(schemas[reference.Split('/')[^1]]!.AsObject(), schemas);
        }
        if (schema["oneOf"] is JsonArray oneOf)
        {
            return oneOf.Select(s => Resolve(s!.AsObject(), schemas)).FirstOrDefault(s => BadValues.TypeOf(s) != "null") ?? schema;
        }
        if (schema["allOf"] is JsonArray { Count: 1 } allOf)
        {
            return Resolve(allOf[0]!.AsObject(), schemas);
        }
        return schema;
    }

    private static string Path(string route, List<JsonObject> parameters, FuzzWorld world, string? odd, string? oddValue)
    {
        foreach (var parameter in parameters.Where(p => (string)p["in"]! == "path"))
        {
            var name = (string)parameter["name"]!;
            route = route.Replace($"{{{name}}}", Uri.EscapeDataString(name == odd ? oddValue! : world.PathValue(route, name)), StringComparison.Ordinal);
        }
        return route;
    }

    private static async Task<ApiResponse> SendAsync(HttpClient http, Case c)
    {
        using var request = new HttpRequestMessage(c.Method, c.Path);
        if (c.Body is not null)
        {
            request.Content = new StringContent(c.Body, Encoding.UTF8);
            request.Content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(c.ContentType);
        }
        using var response = await http.SendAsync(request);
        return new ApiResponse(response.StatusCode, response.Content.Headers.ContentType?.MediaType, response.Headers.Location, await response.Content.ReadAsStringAsync());
    }

    private static string Trim(string text) => text.Length <= 300 ? text : text[..300] + "…";

    private static string Difference(string before, string after) => string.Join('\n',
        before.Split('\n').Zip(after.Split('\n')).Where(p => p.First != p.Second).Select(p => $"- {Trim(p.First)}\n+ {Trim(p.Second)}"));
}
