namespace Actors.Contracts.Staff;

/// <summary>
/// The keys that protect sign-in cookies (ASP.NET Core Data Protection's key ring, as XML), kept in the grains' store
/// so that every silo reads a cookie any other silo issued, whatever machine it runs on.
/// </summary>
public interface ISignInKeyRingGrain : IGrainWithStringKey
{
    public const string Key = "bank";

    Task<IReadOnlyList<string>> List();

    /// <summary>Adds a key element (or replaces the one of the same name: a retried store is harmless).</summary>
    Task Store(string name, string xml);
}
