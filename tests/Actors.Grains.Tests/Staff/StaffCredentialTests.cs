using Actors.Domain;
using Actors.Contracts.Staff;
using Actors.Grains.Tests.Support;

namespace Actors.Grains.Tests.Staff;

[Collection(GridCollection.Name)]
public sealed class StaffCredentialTests(GridClusterFixture fixture)
{
    private GridCluster Grid => fixture.Grid;

    [Fact]
    public async Task Only_a_registered_member_of_staff_gets_a_password_and_only_that_password_matches()
    {
        var network = await Network.CreateAsync(Grid.Client);
        var staff = Grid.Client.GetGrain<IStaffCredentialGrain>(await network.Manager());
        var stranger = Grid.Client.GetGrain<IStaffCredentialGrain>(Network.NewId("nobody"));

        Assert.Equal(RefusalKind.NotFound, (await stranger.SetPassword("twelve chars long"))?.Kind);
        Assert.False(await stranger.HasPassword());
        Assert.Equal(("password", RefusalKind.Invalid), ((await staff.SetPassword("eleven char"))?.Field, (await staff.SetPassword("eleven char"))?.Kind));
        Assert.False(await staff.Verify("eleven char"));

        Assert.Null((await staff.SetPassword("twelve chars")));
        Assert.True(await staff.Verify("twelve chars"));
        Assert.False(await staff.Verify("Twelve chars"));
        Assert.False(await stranger.Verify("twelve chars"));

        Assert.Null((await staff.SetPassword("a new passphrase")));
        Assert.False(await staff.Verify("twelve chars"));
        Assert.True(await staff.Verify("a new passphrase"));
    }

    [Fact]
    public async Task Wrong_passwords_from_one_address_delay_that_address_only_and_an_unlock_or_a_new_password_lifts_the_delay()
    {
        var network = await Network.CreateAsync(Grid.Client);
        var staff = Grid.Client.GetGrain<IStaffCredentialGrain>(await network.Manager());
        Assert.Null((await staff.SetPassword("the right passphrase")));

        for (var i = 0; i < 2; i++)
        {
            Assert.Equal(new SignInCheck(false, null), await staff.Check($"guess number {i}", "203.0.113.9"));
        }
        Assert.Equal(new SignInCheck(true, null), await staff.Check("the right passphrase", "203.0.113.9"));
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(new SignInCheck(false, null), await staff.Check($"guess number {i}", "203.0.113.9"));
        }
        // The guesser's address waits (even the right password is not tried); the owner's desk is not held up.
        Assert.Equal(new SignInCheck(false, TimeSpan.FromSeconds(1)), await staff.Check("the right passphrase", "203.0.113.9"));
        Assert.Equal(new SignInCheck(true, null), await staff.Check("the right passphrase", "10.1.2.3"));

        await staff.Unlock();
        Assert.Equal(new SignInCheck(true, null), await staff.Check("the right passphrase", "203.0.113.9"));
        for (var i = 0; i < 3; i++)
        {
            await staff.Check($"guess number {i}", "203.0.113.9");
        }
        Assert.Null((await staff.SetPassword("a fresh passphrase")));
        Assert.Equal(new SignInCheck(true, null), await staff.Check("a fresh passphrase", "203.0.113.9"));
    }
}
