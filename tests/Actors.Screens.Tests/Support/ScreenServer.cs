using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;

namespace Actors.Screens.Tests.Support;

/// <summary>
/// The real BranchGrid process-in-process: the silo's Program on Kestrel (loopback, free port), its Orleans silo on free
/// ports, a fresh temporary data directory, no demo data, and a web root holding a stand-in for the built pages.
/// </summary>
public sealed class ScreenHost : GridTestHost
{
    public const string IndexMarker = "branchgrid-screens-test-index";

    public ScreenHost(string directory) : base(Path.Combine(directory, "data"))
    {
        WebRoot = Path.Combine(directory, "wwwroot");
        Directory.CreateDirectory(WebRoot);
        File.WriteAllText(Path.Combine(WebRoot, "index.html"), $"<!doctype html><title>{IndexMarker}</title>");
    }

    public string WebRoot { get; }

    public IClusterClient Cluster => Services.GetRequiredService<IClusterClient>();

    protected override void ConfigureGrid(IWebHostBuilder builder)
    {
        // The built screens may or may not be in the silo's wwwroot: serve a known page instead.
        builder.ConfigureServices(services =>
        {
            var pages = new PhysicalFileProvider(WebRoot);
            services.Configure<StaticFileOptions>(o => o.FileProvider = pages);
            services.Configure<DefaultFilesOptions>(o => o.FileProvider = pages);
        });
    }
}

/// <summary>The server every screens test talks to: started once per test run.</summary>
public sealed class ScreenServerFixture : IAsyncLifetime
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "branchgrid-screens-tests-" + Guid.NewGuid().ToString("N"));

    public ScreenHost Host { get; private set; } = null!;

    /// <summary>Signed in as a head office's management department: every branch and the central room are in scope.</summary>
    public HttpClient Http { get; private set; } = null!;

    /// <summary>The sign-in cookie of <see cref="Http"/>, for hub connections made as the same user.</summary>
    public System.Net.CookieContainer Cookies { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Host = new ScreenHost(_directory);
        Host.StartServer();
        var session = await StaffSession.HeadOfficeManagementAsync(Host.Services, Host.BaseAddress);
        (Http, Cookies) = (session.Http, session.Cookies);
    }

    public async Task DisposeAsync()
    {
        Http?.Dispose();
        if (Host is not null)
        {
            await Host.DisposeAsync();
        }
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

[CollectionDefinition(Name)]
public sealed class ScreenCollection : ICollectionFixture<ScreenServerFixture>
{
    public const string Name = "Screens on a real server";
}
