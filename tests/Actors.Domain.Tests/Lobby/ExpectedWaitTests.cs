using Actors.Domain.Lobby;

namespace Actors.Domain.Tests.Lobby;

public class ExpectedWaitTests
{
    private static readonly LobbyRules Rules = new();

    [Theory]
    [InlineData(0, 2, 6.0, 0)]       // nobody ahead: no wait
    [InlineData(4, 2, 6.0, 12)]      // four ahead, two desks, six minutes each
    [InlineData(3, 2, 5.0, 8)]       // 7.5 minutes, rounded up
    [InlineData(3, 0, 4.0, 12)]      // no desk open for the service yet: as if one opens
    [InlineData(2, 1, null, 10)]     // nobody served yet today: the rules' five minutes
    public void The_wait_is_the_people_ahead_shared_among_the_desks_at_todays_service_time(int ahead, int desks, double? service, int minutes) =>
        Assert.Equal(minutes, ExpectedWait.Minutes(ahead, desks, service, Rules));
}
