namespace Actors.Domain.Staff;

/// <summary>What a staff password must be. Length is the rule that matters (NIST SP 800-63B), not character classes.</summary>
public static class PasswordRule
{
    public const int MinLength = 12;

    /// <summary>Long enough for a passphrase, short enough that hashing it costs nothing unusual.</summary>
    public const int MaxLength = 256;

    /// <summary>Why the password is refused, or null when it is acceptable.</summary>
    public static string? RefusalReason(string? password) => password switch
    {
        null or "" => "is required",
        { Length: < MinLength } => $"must be at least {MinLength} characters",
        { Length: > MaxLength } => $"must be at most {MaxLength} characters",
        _ when string.IsNullOrWhiteSpace(password) => "must not be only spaces",
        _ => null,
    };
}
