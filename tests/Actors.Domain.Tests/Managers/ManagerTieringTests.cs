using Actors.Domain.Managers;

namespace Actors.Domain.Tests.Managers;

public class ManagerTieringTests
{
    [Theory]
    [InlineData(0, ManagerTier.E)]
    [InlineData(10, ManagerTier.E)]
    [InlineData(11, ManagerTier.D)]
    [InlineData(20, ManagerTier.D)]
    [InlineData(21, ManagerTier.C)]
    [InlineData(30, ManagerTier.C)]
    [InlineData(31, ManagerTier.B)]
    [InlineData(40, ManagerTier.B)]
    [InlineData(41, ManagerTier.A)]
    [InlineData(500, ManagerTier.A)]
    public void A_client_manager_is_tiered_by_credit_clients(int creditClients, ManagerTier expected) =>
        Assert.Equal(expected, ManagerTiering.TierOf(creditClients, new ManagerRules()));

    [Fact]
    public void Bounds_are_configurable() =>
        Assert.Equal(ManagerTier.A, ManagerTiering.TierOf(36, new ManagerRules { MoreThanForA = 35 }));

    [Fact]
    public void A_negative_count_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ManagerTiering.TierOf(-1, new ManagerRules()));
}
