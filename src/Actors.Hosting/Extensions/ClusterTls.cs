using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Configuration;
using Orleans.Connections.Security;

namespace Actors.Hosting.Extensions;

/// <summary>
/// Mutual TLS for a cluster (Grid:Tls): this silo's (or client's) certificate as a PKCS#12 file with its password, and
/// the certificate authority every peer's certificate must be issued by. The password comes from the environment or a
/// secret store (Grid__Tls__CertificatePassword), never from the repository. <c>scripts/cluster.sh</c> makes a
/// throw-away CA and one certificate per silo; docs/cluster.md says how to bring your own.
/// </summary>
public sealed class ClusterTlsOptions
{
    public const string Section = "Grid:Tls";

    /// <summary>A .pfx with its private key; none: the silo and gateway ports speak plain TCP.</summary>
    public string? CertificatePath { get; set; }

    public string? CertificatePassword { get; set; }

    /// <summary>The authority (PEM or DER) that issued every silo's and client's certificate; the only one trusted.</summary>
    public string? CertificateAuthorityPath { get; set; }
}

public static class ClusterTls
{
    /// <summary>
    /// Silo to silo and client to gateway over TLS, each side presenting a certificate issued by the configured
    /// authority, or refused during the handshake: an Orleans client without one never reaches a grain.
    /// </summary>
    public static ISiloBuilder UseClusterTls(this ISiloBuilder silo, IConfiguration configuration) =>
        Read(configuration) is { } tls ? silo.UseTls(tls.Certificate, o => Require(o, tls.Authority)) : silo;

    /// <summary>The same for an Orleans client of the cluster (a tool, a test).</summary>
    public static IClientBuilder UseClusterTls(this IClientBuilder client, IConfiguration configuration) =>
        Read(configuration) is { } tls ? client.UseTls(tls.Certificate, o => Require(o, tls.Authority)) : client;

    private static void Require(TlsOptions options, X509Certificate2 authority)
    {
        options.RemoteCertificateMode = RemoteCertificateMode.RequireCertificate;
        // Peers are reached by address, not by a name in their certificate: the one question is who issued it.
        options.RemoteCertificateValidation = (certificate, _, _) => IssuedBy(certificate, authority);
    }

    /// <summary>Whether <paramref name="certificate"/> chains to <paramref name="authority"/> and nothing else (no system roots).</summary>
    public static bool IssuedBy(X509Certificate2 certificate, X509Certificate2 authority)
    {
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(authority);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        return chain.Build(certificate);
    }

    private static (X509Certificate2 Certificate, X509Certificate2 Authority)? Read(IConfiguration configuration)
    {
        var options = configuration.GetSection(ClusterTlsOptions.Section).Get<ClusterTlsOptions>() ?? new();
        if (string.IsNullOrWhiteSpace(options.CertificatePath))
        {
            return null;
        }
        if (string.IsNullOrWhiteSpace(options.CertificateAuthorityPath))
        {
            throw new InvalidOperationException($"{ClusterTlsOptions.Section}:CertificateAuthorityPath is required with {ClusterTlsOptions.Section}:CertificatePath: "
                + "it names the only authority whose certificates a peer may present.");
        }
        try
        {
            var certificate = X509CertificateLoader.LoadPkcs12FromFile(options.CertificatePath, options.CertificatePassword);
            if (!certificate.HasPrivateKey)
            {
                throw new InvalidOperationException($"{ClusterTlsOptions.Section}:CertificatePath '{options.CertificatePath}' has no private key");
            }
            return (certificate, X509CertificateLoader.LoadCertificateFromFile(options.CertificateAuthorityPath));
        }
        catch (Exception e) when (e is System.Security.Cryptography.CryptographicException or IOException or UnauthorizedAccessException)
        {
            throw new InvalidOperationException($"{ClusterTlsOptions.Section}: the certificate or the authority cannot be read: {e.Message}", e);
        }
    }
}
