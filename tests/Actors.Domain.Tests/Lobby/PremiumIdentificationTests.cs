using Actors.Domain.Clients;
using Actors.Domain.Lobby;
using static Actors.Domain.Lobby.CustomerDeclaration;
using static Actors.Domain.Lobby.PremiumSignal;

namespace Actors.Domain.Tests.Lobby;

public class PremiumIdentificationTests
{
    private static readonly LobbyRules Defaults = new();

    public static TheoryData<CustomerDeclaration, PremiumSignal> AmountBusiness => new()
    {
        { Cash, LargeCash },
        { Remittance, LargeRemittance },
        { ForeignExchange, LargeForeignExchange },
        { LoanPrepayment, LargeLoanPrepayment },
        { DepositCertificate, LargeDepositCertificate },
        { InvestmentPurchase, LargeInvestmentPurchase },
    };

    [Theory]
    [MemberData(nameof(AmountBusiness))]
    public void Large_business_is_a_signal_from_200_000_CNY_on(CustomerDeclaration business, PremiumSignal signal)
    {
        Assert.Empty(Signals([business], 199_999.99m));
        Assert.Equal([signal], Signals([business], 200_000m));
        Assert.Equal([signal], Signals([business], 5_000_000m));
        Assert.Empty(Signals([business], null));
    }

    [Theory]
    [InlineData(CustomerDeclaration.SafeDepositBox, PremiumSignal.SafeDepositBox)]
    [InlineData(CustomerDeclaration.ComplexInvestment, PremiumSignal.ComplexInvestment)]
    [InlineData(CustomerDeclaration.VipCardThisBank, PremiumSignal.VipCardThisBank)]
    [InlineData(CustomerDeclaration.VipCardOtherBank, PremiumSignal.VipCardOtherBank)]
    public void Some_declarations_are_signals_whatever_the_amount(CustomerDeclaration declared, PremiumSignal signal) =>
        Assert.Equal([signal], Signals([declared], null));

    [Theory]
    [InlineData(null, false)]
    [InlineData(ClientTier.Unrated, false)]
    [InlineData(ClientTier.Bronze, false)]
    [InlineData(ClientTier.Silver, false)]
    [InlineData(ClientTier.Gold, true)]
    [InlineData(ClientTier.Platinum, true)]
    [InlineData(ClientTier.Diamond, true)]
    public void A_known_client_is_premium_from_Gold_up(ClientTier? tier, bool premium) =>
        Assert.Equal(premium ? [KnownPremiumClient] : [], PremiumIdentification.SignalsOf(new([], null, tier), Defaults));

    [Fact]
    public void An_ordinary_visit_has_no_signal() =>
        Assert.Empty(Signals([Cash, Remittance], 3_000m));

    [Fact]
    public void Every_signal_found_is_listed_once_in_a_stable_order() =>
        Assert.Equal([LargeRemittance, LargeForeignExchange, PremiumSignal.VipCardOtherBank, KnownPremiumClient],
            PremiumIdentification.SignalsOf(new([CustomerDeclaration.VipCardOtherBank, ForeignExchange, Remittance, Remittance], 250_000m, ClientTier.Platinum), Defaults));

    [Fact]
    public void The_large_amount_and_the_tier_are_configurable()
    {
        var rules = new LobbyRules { LargeAmount = 500_000m, PremiumFromTier = ClientTier.Platinum };
        Assert.Empty(PremiumIdentification.SignalsOf(new([Cash], 499_999.99m, ClientTier.Gold), rules));
        Assert.Equal([LargeCash, KnownPremiumClient], PremiumIdentification.SignalsOf(new([Cash], 500_000m, ClientTier.Platinum), rules));
    }

    private static IReadOnlyList<PremiumSignal> Signals(CustomerDeclaration[] declared, decimal? amount) =>
        PremiumIdentification.SignalsOf(new(declared, amount, null), Defaults);
}
