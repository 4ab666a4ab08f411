namespace Actors.Domain.Collections;

/// <summary>Which of the customer's numbers was dialled. The brief's mix: mobile 70–80%, work 10–15%, home 5–10%.</summary>
public enum NumberType { Mobile, Work, Home }

/// <summary>
/// What a collection or reminder call achieved. Every call leaves one (brief §5: "every call leaves a note and an outcome").
/// </summary>
public enum CallOutcome
{
    /// <summary>Spoke with the borrower; no promise was taken.</summary>
    RightPartyContact,
    /// <summary>Spoke with the borrower, who promised to pay; the promise itself is recorded on the loan as well.</summary>
    PromiseToPay,
    /// <summary>Spoke with the borrower, who refuses to pay: the tone escalates.</summary>
    Refused,
    /// <summary>Someone else answered (relative, colleague) and took a message.</summary>
    ThirdParty,
    /// <summary>No answer, busy or voicemail.</summary>
    NoAnswer,
    /// <summary>The number is not the borrower's.</summary>
    WrongNumber,
    /// <summary>The number is out of service or the borrower cannot be traced: new contacts from the credit report, relatives, local offices; then field visits.</summary>
    LostContact,
}

public static class CallOutcomes
{
    /// <summary>A right-party contact is any call on which the collector spoke with the borrower themself.</summary>
    public static bool IsRightPartyContact(this CallOutcome outcome) =>
        outcome is CallOutcome.RightPartyContact or CallOutcome.PromiseToPay or CallOutcome.Refused;
}
