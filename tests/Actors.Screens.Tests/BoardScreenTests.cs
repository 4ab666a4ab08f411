using Actors.Screens.Tests.Support;
using Microsoft.AspNetCore.SignalR;

namespace Actors.Screens.Tests;

/// <summary>A collections wall board over a real SignalR connection: view on join, then the day's collections as they come in.</summary>
[Collection(ScreenCollection.Name)]
public sealed class BoardScreenTests(ScreenServerFixture server)
{
    [Fact]
    public async Task Joining_a_board_answers_its_view_and_a_repayment_then_arrives_as_a_delta()
    {
        var loan = await LoanOnBoard.CreateAsync(server.Http);
        await using var wall = await ScreenClient.ConnectAsync(server.Host.BaseAddress, server.Cookies);

        var view = await wall.JoinBoard(loan.RoomId);
        Assert.Equal(loan.RoomId, view.RoomId);
        Assert.Equal(0m, view.CollectedToday);

        await loan.RepayAsync(server.Http, 250m);

        var deltas = await Eventually.Until(() => wall.BoardDeltas, d => d.Any(x => x.CollectedToday == 250m), "the repayment shows on the board");
        var collected = deltas.First(d => d.CollectedToday == 250m);
        Assert.Equal(loan.RoomId, collected.RoomId);
        Assert.True(collected.Seq > view.Seq);
        Assert.True(deltas[0].FromSeq <= view.Seq, $"the first delta ({deltas[0].FromSeq}→{deltas[0].Seq}) does not continue the view ({view.Seq})");
        Assert.All(deltas.Zip(deltas.Skip(1)), pair => Assert.Equal(pair.First.Seq, pair.Second.FromSeq));
    }

    [Fact]
    public async Task A_bad_room_id_is_refused_with_a_message_naming_it()
    {
        await using var wall = await ScreenClient.ConnectAsync(server.Host.BaseAddress, server.Cookies);

        var error = await Assert.ThrowsAsync<HubException>(() => wall.JoinBoard(""));

        Assert.Contains("roomId is required", error.Message);
    }
}
