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
    public async Task Five_wrong_passwords_in_a_row_refuse_even_the_right_one_and_a_new_password_unlocks()
    {
        var network = await Network.CreateAsync(Grid.Client);
        var staff = Grid.Client.GetGrain<IStaffCredentialGrain>(await network.Manager());
        Assert.Null((await staff.SetPassword("the right passphrase")));

        for (var i = 0; i < 4; i++)
        {
            Assert.False(await staff.Verify($"guess number {i}"));
        }
        Assert.True(await staff.Verify("the right passphrase"));
        for (var i = 0; i < 5; i++)
        {
            Assert.False(await staff.Verify($"guess number {i}"));
        }
        Assert.False(await staff.Verify("the right passphrase"));

        Assert.Null((await staff.SetPassword("a fresh passphrase")));
        Assert.True(await staff.Verify("a fresh passphrase"));
    }
}
