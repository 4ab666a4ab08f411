using System.Diagnostics;
using System.Net;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Actors.Api.Tests.Contract;

/// <summary>
/// The OpenAPI document is the contract the screens are generated from: clean under Spectral's OpenAPI rules, committed
/// as dashboard-web/openapi/v1.json, and the screens' TypeScript types (dashboard-web/src/generated/openapi.ts) generated from it
/// by openapi-typescript. When the server's document changes, refresh both with
/// <c>BRANCHGRID_UPDATE_OPENAPI=1 dotnet test tests/Actors.Api.Tests --filter OpenApiDocument</c>.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class OpenApiDocumentTests(ApiServerFixture server)
{
    public static string RepositoryRoot { get; } = typeof(OpenApiDocumentTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "RepositoryRoot").Value!;

    private static string Screens => Path.Combine(RepositoryRoot, "dashboard-web");
    private static string CommittedDocument => Path.Combine(Screens, "openapi", "v1.json");
    private static string CommittedTypes => Path.Combine(Screens, "src", "generated", "openapi.ts");
    private static bool Update => Environment.GetEnvironmentVariable("BRANCHGRID_UPDATE_OPENAPI") == "1";

    private async Task<string> ServedDocumentAsync()
    {
        var served = (await StaffSessions.Anonymous(server.Host.BaseAddress).ApiGetAsync("/openapi/v1.json")).ShouldBe(HttpStatusCode.OK).Text;
        return JsonNode.Parse(served)!.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";
    }

    [Fact]
    public async Task Spectral_finds_no_error_no_warning_nor_any_hint_in_the_document()
    {
        var document = Path.Combine(Path.GetTempPath(), $"branchgrid-openapi-{Guid.NewGuid():N}.json");
        var report = Path.ChangeExtension(document, ".spectral.json");
        await File.WriteAllTextAsync(document, await ServedDocumentAsync());
        try
        {
            var (exit, output) = await NpxAsync("spectral", "lint", document, "--ruleset", Path.Combine(Screens, "spectral.yaml"), "--format", "json",
                "--output", report, "--fail-severity", "hint");
            var findings = JsonNode.Parse(await File.ReadAllTextAsync(report))!.AsArray();
            Assert.True(findings.Count == 0 && exit == 0, $"Spectral reports {findings.Count} finding(s) (exit {exit}):\n"
                + string.Join("\n", findings.Take(40).Select(f => $"{f!["severity"]} {f["code"]} at {string.Join('.', f["path"]!.AsArray())}: {f["message"]}"))
                + $"\n{output}");
        }
        finally
        {
            File.Delete(document);
            File.Delete(report);
        }
    }

    [Fact]
    public async Task Every_operation_is_named_described_typed_and_answers_its_errors_as_ProblemDetails()
    {
        var paths = JsonNode.Parse(await ServedDocumentAsync())!["paths"]!.AsObject();
        var operations = paths.SelectMany(p => p.Value!.AsObject().Select(o => (Route: $"{o.Key.ToUpperInvariant()} {p.Key}", Operation: o.Value!))).ToList();
        Assert.True(operations.Count >= 85, $"only {operations.Count} operations");
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (route, operation) in operations)
        {
            Assert.True(names.Add((string?)operation["operationId"] ?? ""), $"{route}: no operationId, or one used twice");
            Assert.False(string.IsNullOrWhiteSpace((string?)operation["summary"]), $"{route}: no summary");
            Assert.False(string.IsNullOrWhiteSpace((string?)operation["description"]), $"{route}: no description");
            var responses = operation["responses"]!.AsObject();
            var success = responses.Where(r => r.Key.StartsWith('2')).ToList();
            Assert.True(success.Count > 0, $"{route}: no success response");
            Assert.All(success.Where(r => r.Key != "204"), r => Assert.True(r.Value!["content"]?.AsObject().Any(c => c.Value!["schema"] is not null) == true,
                $"{route}: {r.Key} has no schema"));
            Assert.True(responses.ContainsKey("401"), $"{route}: no 401");
            Assert.All(responses.Where(r => r.Key.StartsWith('4')), r => Assert.True(r.Value!["content"]?["application/problem+json"]?["schema"] is not null,
                $"{route}: {r.Key} is not ProblemDetails"));
            if (route.StartsWith("POST", StringComparison.Ordinal) || route.StartsWith("PUT", StringComparison.Ordinal))
            {
                Assert.True(operation["requestBody"] is null || operation["requestBody"]!["content"]!.AsObject().All(c => c.Value!["schema"] is not null),
                    $"{route}: a request body without a schema");
            }
        }
    }

    [Fact]
    public async Task The_committed_document_and_the_screens_generated_types_are_those_of_the_served_document()
    {
        var served = await ServedDocumentAsync();
        var generated = Path.Combine(Path.GetTempPath(), $"branchgrid-schema-{Guid.NewGuid():N}.ts");
        var document = Path.ChangeExtension(generated, ".json");
        await File.WriteAllTextAsync(document, served);
        try
        {
            var (exit, output) = await NpxAsync("openapi-typescript", document, "--enum-values", "--output", generated);
            Assert.True(exit == 0, $"openapi-typescript failed: {output}");
            var types = await File.ReadAllTextAsync(generated);
            if (Update)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(CommittedDocument)!);
                await File.WriteAllTextAsync(CommittedDocument, served);
                Directory.CreateDirectory(Path.GetDirectoryName(CommittedTypes)!);
                await File.WriteAllTextAsync(CommittedTypes, types);
            }
            Assert.True(File.Exists(CommittedDocument) && await File.ReadAllTextAsync(CommittedDocument) == served,
                $"dashboard-web/openapi/v1.json is not the document the server serves: refresh it with BRANCHGRID_UPDATE_OPENAPI=1 (see {nameof(OpenApiDocumentTests)}).");
            Assert.True(File.Exists(CommittedTypes) && await File.ReadAllTextAsync(CommittedTypes) == types,
                $"dashboard-web/src/generated/openapi.ts is stale: refresh it with BRANCHGRID_UPDATE_OPENAPI=1 (see {nameof(OpenApiDocumentTests)}).");
        }
        finally
        {
            File.Delete(generated);
            File.Delete(document);
        }
    }

    private static async Task<(int ExitCode, string Output)> NpxAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("npx") { WorkingDirectory = Screens, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("--no-install");
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var wait = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(wait.Token);
        return (process.ExitCode, await output + await error);
    }
}
