using Actors.Domain.Staff;

namespace Actors.Domain.Tests.Staff;

public sealed class PasswordRuleTests
{
    [Theory]
    [InlineData(null, "is required")]
    [InlineData("", "is required")]
    [InlineData("elevenchars", "must be at least 12 characters")]
    [InlineData("            ", "must not be only spaces")]
    [InlineData("twelve chars", null)]
    [InlineData("a passphrase of several words", null)]
    public void A_password_is_at_least_twelve_characters_and_not_only_spaces(string? password, string? refusal) =>
        Assert.Equal(refusal, PasswordRule.RefusalReason(password)?.Detail.En);

    [Fact]
    public void A_password_is_at_most_256_characters()
    {
        Assert.Null(PasswordRule.RefusalReason(new string('x', 256)));
        Assert.Equal("must be at most 256 characters", PasswordRule.RefusalReason(new string('x', 257))?.Detail.En);
    }
}

public sealed class SignInLockoutTests
{
    private static readonly DateTimeOffset Last = new(2026, 11, 23, 9, 0, 0, TimeSpan.FromHours(8));

    [Theory]
    [InlineData(4, 0, false)]
    [InlineData(5, 0, true)]
    [InlineData(5, 299, true)]
    [InlineData(5, 300, false)]
    [InlineData(9, 60, true)]
    public void Five_wrong_passwords_in_a_row_lock_the_account_for_five_minutes(int failures, int secondsLater, bool locked) =>
        Assert.Equal(locked, SignInLockout.IsLocked(failures, Last, Last.AddSeconds(secondsLater)));
}
