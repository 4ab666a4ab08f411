namespace Actors.Domain.Clients;

public enum ClientTier { Unrated, Bronze, Silver, Gold, Platinum, Diamond }

public static class ClientTiering
{
    /// <summary>Deposits, loans and fee income converted into a deposit-equivalent by the configured coefficients.</summary>
    public static decimal StandardDeposits(decimal deposits, decimal loans, decimal feeIncome, ClientRules rules) => throw new NotImplementedException();

    /// <summary>The first date on which the client is rated (relationship start + MonthsBeforeRating, clamped to month end).</summary>
    public static DateOnly RatedFrom(DateOnly relationshipSince, ClientRules rules) => throw new NotImplementedException();

    /// <summary>Unrated before RatedFrom; Bronze whenever there is a bad credit record or litigation; else by standard deposits.</summary>
    public static ClientTier TierOf(decimal standardDeposits, bool badCreditOrLitigation, DateOnly relationshipSince, DateOnly today, ClientRules rules) => throw new NotImplementedException();
}
