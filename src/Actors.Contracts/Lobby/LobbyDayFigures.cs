using Actors.Contracts.Screens;
using Actors.Domain.Lobby;

namespace Actors.Contracts.Lobby;

/// <summary>One service's figures of a day.</summary>
[GenerateSerializer, Immutable, Alias("bg.ServiceDayFigures")]
public sealed record ServiceDayFigures(ServiceType Service, LobbyFigures Figures);

/// <summary>
/// A branch's business day in figures, kept when the day ended (midnight after its close) and never rewritten: served,
/// no-shows, not served at close, voided, average wait and service, service-level breaches, in all and per service.
/// </summary>
/// <param name="Closed">False for today's figures so far (the day is still open, or closed but not over).</param>
[GenerateSerializer, Immutable, Alias("bg.LobbyDayFigures")]
public sealed record LobbyDayFigures(string BranchId, DateOnly Date, DateTimeOffset ClosesAt, bool Closed, LobbyFigures Total, IReadOnlyList<ServiceDayFigures> Services);

// The rules know nothing of Orleans: their figures travel and are kept through this surrogate (one shape on the wire and on disk).
[GenerateSerializer, Alias("bg.LobbyFigures")]
public struct LobbyFiguresSurrogate
{
    [Id(0)] public int Issued;
    [Id(1)] public int Served;
    [Id(2)] public int NoShows;
    [Id(3)] public int NotServedAtClose;
    [Id(4)] public int Voided;
    [Id(5)] public double AverageWaitMinutes;
    [Id(6)] public double AverageServiceMinutes;
    [Id(7)] public int SlaBreaches;
}

[RegisterConverter]
public sealed class LobbyFiguresConverter : IConverter<LobbyFigures, LobbyFiguresSurrogate>
{
    public LobbyFigures ConvertFromSurrogate(in LobbyFiguresSurrogate s) =>
        new(s.Issued, s.Served, s.NoShows, s.NotServedAtClose, s.Voided, s.AverageWaitMinutes, s.AverageServiceMinutes, s.SlaBreaches);

    public LobbyFiguresSurrogate ConvertToSurrogate(in LobbyFigures f) => new()
    {
        Issued = f.Issued, Served = f.Served, NoShows = f.NoShows, NotServedAtClose = f.NotServedAtClose, Voided = f.Voided,
        AverageWaitMinutes = f.AverageWaitMinutes, AverageServiceMinutes = f.AverageServiceMinutes, SlaBreaches = f.SlaBreaches,
    };
}
