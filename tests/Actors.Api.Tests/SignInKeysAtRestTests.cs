using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Actors.Contracts.Staff;
using Microsoft.Extensions.DependencyInjection;

namespace Actors.Api.Tests;

/// <summary>
/// The sign-in key ring is encrypted at rest to the certificate named in Grid:DataProtection: the stored keys hold no
/// master key in the clear, and a silo started again on the same store reads them back (the cookie still works).
/// Without a certificate they are stored as Data Protection writes them; a certificate that cannot be read stops the silo.
/// </summary>
public sealed class SignInKeysAtRestTests : IDisposable
{
    private const string CertificatePassword = "a throw-away test certificate password";
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "branchgrid-keys-" + Guid.NewGuid().ToString("N"));
    private readonly string _certificate;

    public SignInKeysAtRestTests()
    {
        Directory.CreateDirectory(_directory);
        _certificate = Path.Combine(_directory, "keys.pfx");
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=BranchGrid sign-in keys (test)", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
        File.WriteAllBytes(_certificate, certificate.Export(X509ContentType.Pkcs12, CertificatePassword));
    }

    private Dictionary<string, string> WithCertificate => new()
    {
        ["Grid:DataProtection:CertificatePath"] = _certificate,
        ["Grid:DataProtection:CertificatePassword"] = CertificatePassword,
    };

    [Fact]
    public async Task Keys_are_stored_encrypted_to_the_certificate_and_read_back_by_a_silo_started_again()
    {
        var store = Path.Combine(_directory, "store");
        string cookie;
        await using (var first = new GridHost(store, WithCertificate))
        {
            first.StartServer();
            using var md = await StaffSessions.HeadOfficeManagementAsync(first.Services, first.BaseAddress);
            cookie = md.Cookies().GetCookies(first.BaseAddress)[Actors.Api.Http.StaffSignIn.CookieName]!.Value;
            var keys = await first.Services.GetRequiredService<IGrainFactory>().GetGrain<ISignInKeyRingGrain>(ISignInKeyRingGrain.Key).List();
            Assert.NotEmpty(keys);
            Assert.All(keys, xml =>
            {
                Assert.Contains("encryptedSecret", xml, StringComparison.Ordinal);
                Assert.DoesNotContain("<masterKey", xml, StringComparison.Ordinal);
            });
        }

        await using var again = new GridHost(store, WithCertificate);
        again.StartServer();
        using var http = new HttpClient { BaseAddress = again.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/auth/me");
        request.Headers.Add("Cookie", $"{Actors.Api.Http.StaffSignIn.CookieName}={cookie}");
        using var me = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
    }

    [Fact]
    public async Task Without_a_certificate_the_master_key_is_stored_in_the_clear()
    {
        await using var host = new GridHost(Path.Combine(_directory, "plain"));
        host.StartServer();
        using var md = await StaffSessions.HeadOfficeManagementAsync(host.Services, host.BaseAddress);
        var keys = await host.Services.GetRequiredService<IGrainFactory>().GetGrain<ISignInKeyRingGrain>(ISignInKeyRingGrain.Key).List();
        Assert.Contains(keys, xml => xml.Contains("<masterKey", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_certificate_that_cannot_be_read_stops_the_silo_at_start()
    {
        var settings = WithCertificate;
        settings["Grid:DataProtection:CertificatePassword"] = "not its password";
        await using var host = new GridHost(Path.Combine(_directory, "wrong"), settings);
        var failure = Assert.ThrowsAny<Exception>(() => host.StartServer());
        Assert.Contains("Grid:DataProtection:CertificatePath", failure.ToString(), StringComparison.Ordinal);
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
