using Actors.Contracts.Screens;
using Actors.Domain.Lobby;

namespace Actors.Contracts.Lobby;

public static class ServiceTypeLetters
{
    /// <summary>
    /// The letter in front of a ticket number: Cash C, Remittance R, Wealth W, Loans L, Corporate B (business),
    /// Account opening A, Enquiry E, Complaint X.
    /// </summary>
    public static char TicketLetter(this ServiceType service) => service switch
    {
        ServiceType.Cash => 'C',
        ServiceType.Remittance => 'R',
        ServiceType.Wealth => 'W',
        ServiceType.Loans => 'L',
        ServiceType.Corporate => 'B',
        ServiceType.AccountOpening => 'A',
        ServiceType.Enquiry => 'E',
        ServiceType.Complaint => 'X',
        _ => throw new ArgumentOutOfRangeException(nameof(service), service, "unknown service"),
    };

    /// <summary>
    /// The business a ticket's service stands for when the customer declares an amount: a cash ticket's amount is cash,
    /// a wealth ticket's is a product purchase. A loans ticket may be an application, so only a declared prepayment counts.
    /// </summary>
    public static CustomerDeclaration? ImpliedDeclaration(this ServiceType service) => service switch
    {
        ServiceType.Cash => CustomerDeclaration.Cash,
        ServiceType.Remittance => CustomerDeclaration.Remittance,
        ServiceType.Wealth => CustomerDeclaration.InvestmentPurchase,
        _ => null,
    };
}
