namespace Actors.Domain.Clients;

public enum ClientTier { Unrated, Bronze, Silver, Gold, Platinum, Diamond }

public static class ClientTiering
{
    /// <summary>Deposits, loans and fee income converted into a deposit-equivalent by the configured coefficients.</summary>
    public static decimal StandardDeposits(decimal deposits, decimal loans, decimal feeIncome, ClientRules rules) =>
        deposits * rules.DepositCoefficient + loans * rules.LoanCoefficient + feeIncome * rules.FeeIncomeCoefficient;

    /// <summary>The first date on which the client is rated (relationship start + MonthsBeforeRating, clamped to month end).</summary>
    public static DateOnly RatedFrom(DateOnly relationshipSince, ClientRules rules) =>
        relationshipSince.AddMonths(rules.MonthsBeforeRating);

    /// <summary>Unrated before RatedFrom; Bronze whenever there is a bad credit record or litigation; else by standard deposits.</summary>
    public static ClientTier TierOf(decimal standardDeposits, bool badCreditOrLitigation, DateOnly relationshipSince, DateOnly today, ClientRules rules)
    {
        if (today < RatedFrom(relationshipSince, rules))
            return ClientTier.Unrated;
        // A bad record forces Bronze whatever the deposits (brief §3).
        if (badCreditOrLitigation)
            return ClientTier.Bronze;
        return standardDeposits switch
        {
            _ when standardDeposits >= rules.DiamondFrom => ClientTier.Diamond,
            _ when standardDeposits >= rules.PlatinumFrom => ClientTier.Platinum,
            _ when standardDeposits >= rules.GoldFrom => ClientTier.Gold,
            _ when standardDeposits >= rules.SilverFrom => ClientTier.Silver,
            _ => ClientTier.Bronze,
        };
    }
}

public static class ClientTiers
{
    /// <summary>A tier as the bank's staff name it (钻石, 白金, 黄金, 白银, 青铜).</summary>
    public static string InChinese(this ClientTier tier) => tier switch
    {
        ClientTier.Diamond => "钻石",
        ClientTier.Platinum => "白金",
        ClientTier.Gold => "黄金",
        ClientTier.Silver => "白银",
        ClientTier.Bronze => "青铜",
        _ => "未评级",
    };
}
