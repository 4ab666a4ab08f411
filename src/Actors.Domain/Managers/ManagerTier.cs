namespace Actors.Domain.Managers;

public enum ManagerTier { A, B, C, D, E }

public static class ManagerTiering
{
    /// <summary>A: more than 40 credit clients; B: 31–40; C: 21–30; D: 11–20; E: at most 10 (configurable).</summary>
    public static ManagerTier TierOf(int creditClients, ManagerRules rules)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(creditClients);
        return creditClients switch
        {
            _ when creditClients > rules.MoreThanForA => ManagerTier.A,
            _ when creditClients > rules.MoreThanForB => ManagerTier.B,
            _ when creditClients > rules.MoreThanForC => ManagerTier.C,
            _ when creditClients > rules.MoreThanForD => ManagerTier.D,
            _ => ManagerTier.E,
        };
    }
}
