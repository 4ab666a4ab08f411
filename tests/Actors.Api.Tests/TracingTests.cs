using System.Diagnostics;
using Actors.Hosting.Extensions;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Trace;

namespace Actors.Api.Tests;

/// <summary>
/// Traces: with an OTLP endpoint configured, one transaction is one trace from its HTTP request through the grain call
/// that applies it (here also kept in memory, to look at); without one, no trace is collected at all.
/// </summary>
public sealed class TracingTests : IAsyncLifetime
{
    private readonly List<Activity> _exported = [];
    private readonly OwnGridHost _own;

    public TracingTests() =>
        // Nothing listens there: the OTLP exporter's failures stay in its background thread, as with a collector that is down.
        _own = new(new Dictionary<string, string> { [GridTelemetry.OtlpEndpointConfiguration] = $"http://127.0.0.1:{FreePorts.One()}" },
            s => s.ConfigureOpenTelemetryTracerProvider(t => t.AddInMemoryExporter(_exported)));

    private GridHost Host => _own.Host;

    public Task InitializeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_transaction_is_one_trace_from_its_HTTP_request_through_the_grain_call_that_applies_it()
    {
        var (management, _) = await _own.WithOneDepositAsync();
        management.Dispose();
        Assert.True(Host.Services.GetRequiredService<TracerProvider>().ForceFlush(10_000));

        Activity[] spans;
        lock (_exported)
        {
            spans = [.. _exported];
        }
        // This server's requests only: ASP.NET Core's and Orleans' activity sources are shared by every server in the test process.
        var port = Host.HttpPort.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var requests = spans.Where(s => s.Kind == ActivityKind.Server && s.Source.Name == "Microsoft.AspNetCore"
            && Convert.ToString(s.GetTagItem("server.port"), System.Globalization.CultureInfo.InvariantCulture) == port).ToList();
        var request = requests.SingleOrDefault(s => s.DisplayName.TrimEnd('/') == "POST /api/transactions");
        Assert.True(request is not null, $"no span of POST /api/transactions: {string.Join(", ", requests.Select(s => s.DisplayName))}");
        var inTrace = spans.Where(s => s.TraceId == request.TraceId).ToList();
        Assert.True(inTrace.Any(s => s.Source.Name.StartsWith("Microsoft.Orleans", StringComparison.Ordinal) && s.DisplayName.Contains("ClientGrain", StringComparison.Ordinal)),
            $"no Orleans span of the client grain in the request's trace: {string.Join(", ", inTrace.Select(s => $"{s.Source.Name}:{s.DisplayName}"))}");
    }

    public async Task DisposeAsync() => await _own.DisposeAsync();
}

[Collection(ApiCollection.Name)]
public sealed class TracingOffTests(ApiServerFixture server)
{
    [Fact]
    public void Without_an_OTLP_endpoint_no_traces_are_collected()
    {
        Assert.Null(server.Host.Services.GetService<TracerProvider>());
    }
}
