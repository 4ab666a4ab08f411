using Actors.Domain.Clients;
using static Actors.Domain.Tests.Bank;

namespace Actors.Domain.Tests.Clients;

public class ClientTieringTests
{
    private static readonly ClientRules Defaults = new();

    [Theory]
    [InlineData(1_000_000, 2_000_000, 10_000, 2_100_000)] // 1.0 × deposits + 0.5 × loans + 10 × fee income
    [InlineData(0, 0, 0, 0)]
    [InlineData(5_000_000, 0, 0, 5_000_000)]
    public void Standard_deposits_weigh_deposits_loans_and_fee_income(decimal deposits, decimal loans, decimal fees, decimal expected) =>
        Assert.Equal(expected, ClientTiering.StandardDeposits(deposits, loans, fees, Defaults));

    [Fact]
    public void Coefficients_are_configurable() =>
        Assert.Equal(1_300m, ClientTiering.StandardDeposits(1_000m, 1_000m, 10m,
            new ClientRules { DepositCoefficient = 0.5m, LoanCoefficient = 0.3m, FeeIncomeCoefficient = 50m }));

    [Theory]
    [InlineData("2026-01-15", "2026-07-15")]
    [InlineData("2025-08-31", "2026-02-28")] // clamped to the month end
    public void A_client_is_rated_after_half_a_year_of_relationship(string since, string expected) =>
        Assert.Equal(D(expected), ClientTiering.RatedFrom(D(since), Defaults));

    [Theory]
    [InlineData("1000000000", ClientTier.Diamond)]
    [InlineData("200000000", ClientTier.Diamond)]
    [InlineData("199999999.99", ClientTier.Platinum)]
    [InlineData("50000000", ClientTier.Platinum)]
    [InlineData("49999999.99", ClientTier.Gold)]
    [InlineData("5000000", ClientTier.Gold)]
    [InlineData("4999999.99", ClientTier.Silver)]
    [InlineData("500000", ClientTier.Silver)]
    [InlineData("499999.99", ClientTier.Bronze)]
    [InlineData("0", ClientTier.Bronze)]
    public void The_tier_follows_standard_deposits_lower_bounds_inclusive(string standardDeposits, ClientTier expected) =>
        Assert.Equal(expected, ClientTiering.TierOf(decimal.Parse(standardDeposits, System.Globalization.CultureInfo.InvariantCulture), false, D("2025-01-01"), D("2026-06-01"), Defaults));

    [Theory]
    [InlineData(300_000_000)]
    [InlineData(5_000_000)]
    [InlineData(0)]
    public void A_bad_credit_record_or_litigation_forces_Bronze(decimal standardDeposits) =>
        Assert.Equal(ClientTier.Bronze, ClientTiering.TierOf(standardDeposits, true, D("2025-01-01"), D("2026-06-01"), Defaults));

    [Theory]
    [InlineData("2026-07-14", false, ClientTier.Unrated)] // one day short of six months
    [InlineData("2026-07-14", true, ClientTier.Unrated)] // unrated even with a bad record
    [InlineData("2026-07-15", false, ClientTier.Gold)]
    [InlineData("2026-07-15", true, ClientTier.Bronze)]
    public void A_client_of_less_than_half_a_year_is_unrated(string today, bool bad, ClientTier expected) =>
        Assert.Equal(expected, ClientTiering.TierOf(10_000_000m, bad, D("2026-01-15"), D(today), Defaults));

    [Fact]
    public void Thresholds_are_configurable() =>
        Assert.Equal(ClientTier.Silver, ClientTiering.TierOf(100_000m, false, D("2025-01-01"), D("2026-06-01"), new ClientRules { SilverFrom = 100_000m }));
}
