namespace Actors.Domain.Staff;

/// <summary>What a staff password must be. Length is the rule that matters (NIST SP 800-63B), not character classes.</summary>
public static class PasswordRule
{
    public const int MinLength = 12;

    /// <summary>Long enough for a passphrase, short enough that hashing it costs nothing unusual.</summary>
    public const int MaxLength = 256;

    /// <summary>Why the password is refused, or null when it is acceptable.</summary>
    public static Refusal? RefusalReason(string? password) => password switch
    {
        null or "" => Refusal.Invalid(Field, "is required", "必须填写"),
        { Length: < MinLength } => Refusal.Invalid(Field, $"must be at least {MinLength} characters", $"至少 {MinLength} 个字符"),
        { Length: > MaxLength } => Refusal.Invalid(Field, $"must be at most {MaxLength} characters", $"最多 {MaxLength} 个字符"),
        _ when string.IsNullOrWhiteSpace(password) => Refusal.Invalid(Field, "must not be only spaces", "不能只有空格"),
        _ => null,
    };

    private const string Field = "password";
}
