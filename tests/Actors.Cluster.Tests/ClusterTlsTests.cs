using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Actors.Hosting.Extensions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;
using Actors.Cluster.Tests.Support;

namespace Actors.Cluster.Tests;

/// <summary>
/// Issue 12, silos only talk to silos: two silo processes of the PostgreSQL cluster with Grid:Tls form their cluster
/// over mutual TLS, and an Orleans client with a certificate of the same authority calls a grain through a gateway,
/// while a client without a certificate, or with one from another authority, is refused and never reaches a grain.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class ClusterTlsTests(PostgresFixture postgres) : IAsyncLifetime, IDisposable
{
    private const string Password = "a throw-away test password";
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "branchgrid-tls-" + Guid.NewGuid().ToString("N"));
    private readonly string _clusterId = "tls-" + Guid.NewGuid().ToString("N")[..8];
    private SiloProcess _a = null!;
    private SiloProcess _b = null!;
    private IConfiguration _silo = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_directory);
        using var authority = Authority("BranchGrid test CA");
        _silo = Settings(authority, "silo");
        var db = await postgres.Server.CreateDatabaseAsync();
        var tls = _silo.AsEnumerable().Where(kv => kv.Value is not null).ToDictionary(kv => kv.Key, kv => kv.Value!);
        _a = SiloProcess.InCluster("A", db, _clusterId, overrides: new Dictionary<string, string>(StaffSignIn.Upstream().Concat(tls)));
        _b = SiloProcess.InCluster("B", db, _clusterId, overrides: new Dictionary<string, string>(StaffSignIn.Upstream().Concat(tls)));
        await Task.WhenAll(_a.StartAsync(), _b.StartAsync());
    }

    [Fact]
    public async Task Two_silos_form_a_cluster_over_mutual_TLS_and_a_client_of_the_same_authority_sees_both() =>
        Assert.Null(await ConnectAsync(_silo, expectHosts: 2));

    [Fact]
    public async Task An_orleans_client_without_a_certificate_is_refused_at_the_gateway() =>
        Assert.NotNull(await ConnectAsync(new ConfigurationBuilder().Build()));

    [Fact]
    public async Task An_orleans_client_with_a_certificate_of_another_authority_is_refused_at_the_gateway()
    {
        using var stranger = Authority("Someone else's CA");
        Assert.NotNull(await ConnectAsync(Settings(stranger, "stranger")));
    }

    /// <summary>
    /// Starts a client on the first silo's gateway and reads the cluster's hosts; answers what stopped it (null: it got
    /// through). A refused client keeps retrying the gateway, so not getting through in 20 seconds is a refusal too:
    /// the same call with the silos' own certificate gets through (the control).
    /// </summary>
    private async Task<Exception?> ConnectAsync(IConfiguration tls, int expectHosts = 1)
    {
        var gateway = new IPEndPoint(IPAddress.Loopback, _a.GatewayPort);
        var builder = Host.CreateApplicationBuilder();
        builder.UseOrleansClient(client =>
        {
            client.UseStaticClustering(gateway);
            client.Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = (_clusterId, "cluster-tests"));
            client.UseClusterTls(tls);
        });
        using var host = builder.Build();
        try
        {
            await host.StartAsync().WaitAsync(TimeSpan.FromSeconds(20));
            var hosts = await host.Services.GetRequiredService<IClusterClient>().GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true)
                .WaitAsync(TimeSpan.FromSeconds(30));
            return hosts.Count >= expectHosts ? null : new InvalidOperationException($"{hosts.Count} active silos");
        }
        catch (Exception e)
        {
            return e;
        }
        finally
        {
            await host.StopAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30)).ContinueWith(_ => { });
        }
    }

    /// <summary>A certificate authority, and a certificate it issued written as Grid:Tls settings (the .pfx and the authority's .crt).</summary>
    private IConfiguration Settings(X509Certificate2 authority, string name)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest($"CN={name}", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1"), new Oid("1.3.6.1.5.5.7.3.2")], false));
        using var issued = request.Create(authority, DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30), RandomNumberGenerator.GetBytes(8));
        using var withKey = issued.CopyWithPrivateKey(key);
        var (pfx, crt) = (Path.Combine(_directory, $"{name}.pfx"), Path.Combine(_directory, $"{name}-ca.crt"));
        File.WriteAllBytes(pfx, withKey.Export(X509ContentType.Pkcs12, Password));
        File.WriteAllText(crt, authority.ExportCertificatePem());
        return new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Grid:Tls:CertificatePath"] = pfx,
            ["Grid:Tls:CertificatePassword"] = Password,
            ["Grid:Tls:CertificateAuthorityPath"] = crt,
        }).Build();
    }

    private static X509Certificate2 Authority(string name)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest($"CN={name}", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        return request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-2), DateTimeOffset.UtcNow.AddDays(60));
    }

    public async Task DisposeAsync()
    {
        await _a.DisposeAsync();
        await _b.DisposeAsync();
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
