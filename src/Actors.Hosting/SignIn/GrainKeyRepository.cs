using System.Xml.Linq;
using Actors.Contracts.Staff;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.DependencyInjection;

namespace Actors.Hosting.SignIn;

/// <summary>
/// Data Protection's key ring in the grains' store (<see cref="ISignInKeyRingGrain"/>): a sign-in cookie issued by one
/// silo is read by every other, on any machine. The keys are stored as Data Protection writes them: encrypted to the
/// certificate of Grid:DataProtection when one is configured (<see cref="SignInKeyProtection"/>), else in the clear.
/// </summary>
/// <remarks>
/// The interface is synchronous. It is called when a cookie is first issued or read and when the ring is refreshed
/// (daily), on request threads, never inside a grain: blocking on the grain call there is safe.
/// </remarks>
internal sealed class GrainKeyRepository(IServiceProvider services) : IXmlRepository
{
    private ISignInKeyRingGrain Ring => services.GetRequiredService<IGrainFactory>().GetGrain<ISignInKeyRingGrain>(ISignInKeyRingGrain.Key);

    public IReadOnlyCollection<XElement> GetAllElements() =>
        [.. Ring.List().GetAwaiter().GetResult().Select(xml => XElement.Parse(xml))];

    public void StoreElement(XElement element, string friendlyName) =>
        Ring.Store(friendlyName, element.ToString(SaveOptions.DisableFormatting)).GetAwaiter().GetResult();
}

public static class SignInKeyRingExtensions
{
    public static IServiceCollection AddSignInKeysInGrainStore(this IServiceCollection services)
    {
        services.AddOptions<KeyManagementOptions>().Configure<IServiceProvider>((o, sp) => o.XmlRepository = new GrainKeyRepository(sp));
        return services;
    }
}
