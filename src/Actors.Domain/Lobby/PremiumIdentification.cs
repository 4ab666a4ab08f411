using Actors.Domain.Clients;

namespace Actors.Domain.Lobby;

/// <summary>What the customer tells the kiosk or the lobby manager about the visit.</summary>
public enum CustomerDeclaration
{
    // Business that is a premium signal when the declared amount is large.
    Cash,
    Remittance,
    ForeignExchange,
    LoanPrepayment,
    DepositCertificate,
    /// <summary>Bonds, funds, insurance or wealth products.</summary>
    InvestmentPurchase,

    // Signals whatever the amount.
    SafeDepositBox,
    ComplexInvestment,
    VipCardThisBank,
    VipCardOtherBank,
}

/// <summary>Why a customer counts as premium (brief §4).</summary>
public enum PremiumSignal
{
    LargeCash,
    LargeRemittance,
    LargeForeignExchange,
    LargeLoanPrepayment,
    LargeDepositCertificate,
    LargeInvestmentPurchase,
    SafeDepositBox,
    ComplexInvestment,
    VipCardThisBank,
    VipCardOtherBank,
    KnownPremiumClient,
}

/// <summary>What is known about a customer at the door: declarations, the declared amount, the tier of a known client.</summary>
public sealed record PremiumEvidence(IReadOnlyCollection<CustomerDeclaration> Declared, decimal? DeclaredAmount, ClientTier? KnownTier);

public static class PremiumIdentification
{
    /// <summary>Every premium signal in the evidence, in a stable order; an empty list means an ordinary customer.</summary>
    public static IReadOnlyList<PremiumSignal> SignalsOf(PremiumEvidence evidence, LobbyRules rules)
    {
        var large = evidence.DeclaredAmount >= rules.LargeAmount;
        var signals = new SortedSet<PremiumSignal>();
        foreach (var declared in evidence.Declared)
        {
            if (SignalOf(declared, large) is { } signal)
            {
                signals.Add(signal);
            }
        }
        // Unrated ranks below every tier, so a client too new to be rated is never premium by tier.
        if (evidence.KnownTier >= rules.PremiumFromTier)
        {
            signals.Add(PremiumSignal.KnownPremiumClient);
        }
        return [.. signals];
    }

    private static PremiumSignal? SignalOf(CustomerDeclaration declared, bool large) => declared switch
    {
        CustomerDeclaration.Cash => large ? PremiumSignal.LargeCash : null,
        CustomerDeclaration.Remittance => large ? PremiumSignal.LargeRemittance : null,
        CustomerDeclaration.ForeignExchange => large ? PremiumSignal.LargeForeignExchange : null,
        CustomerDeclaration.LoanPrepayment => large ? PremiumSignal.LargeLoanPrepayment : null,
        CustomerDeclaration.DepositCertificate => large ? PremiumSignal.LargeDepositCertificate : null,
        CustomerDeclaration.InvestmentPurchase => large ? PremiumSignal.LargeInvestmentPurchase : null,
        CustomerDeclaration.SafeDepositBox => PremiumSignal.SafeDepositBox,
        CustomerDeclaration.ComplexInvestment => PremiumSignal.ComplexInvestment,
        CustomerDeclaration.VipCardThisBank => PremiumSignal.VipCardThisBank,
        CustomerDeclaration.VipCardOtherBank => PremiumSignal.VipCardOtherBank,
        _ => throw new ArgumentOutOfRangeException(nameof(declared), declared, "unknown declaration"),
    };
}
