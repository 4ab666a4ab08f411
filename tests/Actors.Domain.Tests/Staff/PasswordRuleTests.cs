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
    [InlineData(2, 0, null)]
    [InlineData(3, 0, 1.0)]
    [InlineData(3, 1, null)]
    [InlineData(4, 0, 2.0)]
    [InlineData(5, 1, 3.0)]
    [InlineData(12, 0, 512.0)]
    [InlineData(13, 0, 900.0)]
    [InlineData(40, 899, 1.0)]
    [InlineData(40, 900, null)]
    public void Wrong_passwords_in_a_row_make_the_next_try_wait_twice_as_long_each_time_at_most_fifteen_minutes(int failures, int secondsLater, double? wait) =>
        Assert.Equal(wait is { } w ? TimeSpan.FromSeconds(w) : null, SignInLockout.Wait(failures, Last, Last.AddSeconds(secondsLater)));
}
