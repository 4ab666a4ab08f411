using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Actors.Hosting.SignIn;

/// <summary>
/// The certificate that encrypts the sign-in key ring at rest (Grid:DataProtection): a PKCS#12 file and its password,
/// both from configuration or the environment (Grid__DataProtection__CertificatePassword), never from the repository.
/// Every silo of a cluster names the same certificate, so each can read the keys another wrote.
/// </summary>
public sealed class SignInKeyProtectionOptions
{
    public const string Section = "Grid:DataProtection";

    /// <summary>A .pfx with its private key; none: the keys are stored as Data Protection writes them (and it warns).</summary>
    public string? CertificatePath { get; set; }

    public string? CertificatePassword { get; set; }
}

public static class SignInKeyProtection
{
    /// <summary>
    /// With a certificate configured, every key is written encrypted to it (Data Protection's certificate encryptor, the
    /// Linux counterpart of DPAPI) and read back with it. A path that names no readable certificate stops the silo at start.
    /// </summary>
    public static IServiceCollection AddSignInKeyProtection(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(SignInKeyProtectionOptions.Section).Get<SignInKeyProtectionOptions>() ?? new();
        if (string.IsNullOrWhiteSpace(options.CertificatePath))
        {
            return services;
        }
        X509Certificate2 certificate;
        try
        {
            certificate = X509CertificateLoader.LoadPkcs12FromFile(options.CertificatePath, options.CertificatePassword);
        }
        catch (Exception e) when (e is System.Security.Cryptography.CryptographicException or IOException or UnauthorizedAccessException)
        {
            throw new InvalidOperationException(
                $"{SignInKeyProtectionOptions.Section}:CertificatePath '{options.CertificatePath}' is not a readable PKCS#12 certificate with this password: {e.Message}", e);
        }
        if (!certificate.HasPrivateKey)
        {
            throw new InvalidOperationException($"{SignInKeyProtectionOptions.Section}:CertificatePath '{options.CertificatePath}' has no private key: the keys could not be read back.");
        }
        services.AddDataProtection().ProtectKeysWithCertificate(certificate).UnprotectKeysWithAnyCertificate(certificate);
        return services;
    }
}
