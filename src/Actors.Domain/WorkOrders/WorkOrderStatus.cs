namespace Actors.Domain.WorkOrders;

/// <summary>The life of an after-sales visit work order, strictly in this order.</summary>
public enum WorkOrderStatus { Issued, Assigned, Booked, Visited, Completed }

/// <summary>What someone asks to do with a work order.</summary>
public enum WorkOrderStep { Assign, Book, Visit, AttachFile }

/// <summary>The kinds of uploaded file a work order keeps.</summary>
public enum WorkOrderFileKind { Photo, Signature }

/// <summary>
/// Risk signals a visit may find (brief §3, from the after-sales document); <see cref="Other"/> needs a note.
/// </summary>
public enum RiskSignal
{
    /// <summary>The borrower says the loan is for a friend (or someone else).</summary>
    LoanForSomeoneElse,
    HighStaffTurnoverOrNoCoreTeam,
    BoastsOfProfitsAndNewProjects,
    /// <summary>Keen on outside investment with no clear core business.</summary>
    OutsideInvestmentWithoutCoreBusiness,
    FallingFootTrafficInTradingArea,
    PremisesUnattendedForLong,
    /// <summary>Unpaid utility or property-fee notices posted at the door.</summary>
    UnpaidUtilityOrPropertyFeeNotices,
    Other,
}
