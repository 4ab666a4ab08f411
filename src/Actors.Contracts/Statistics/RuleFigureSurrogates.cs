using Actors.Domain.Kpis;
using Actors.Domain.Terminals;

namespace Actors.Contracts.Statistics;

// The rules' figures travel between grains and are kept in frozen month-end statistics as they are: the rules project
// knows nothing of Orleans, so each gets a surrogate here (one shape on the wire, on disk and in the JSON the API writes).

[GenerateSerializer, Alias("bg.KpiFigures")]
public struct KpiFiguresSurrogate
{
    [Id(0)] public DateOnly Month;
    [Id(1)] public DateOnly Through;
    [Id(2)] public int Accounts;
    [Id(3)] public int NewAccounts;
    [Id(4)] public int NewBasicAccounts;
    [Id(5)] public IReadOnlyList<WeekFigure> Weeks;
    [Id(6)] public int Reactivated;
    [Id(7)] public int WentDormant;
    [Id(8)] public int Dormant;
    [Id(9)] public decimal DepositsAtStart;
    [Id(10)] public decimal DepositsAtEnd;
    [Id(11)] public decimal DepositsGrowth;
}

[RegisterConverter]
public sealed class KpiFiguresConverter : IConverter<KpiFigures, KpiFiguresSurrogate>
{
    public KpiFigures ConvertFromSurrogate(in KpiFiguresSurrogate s) => new(
        s.Month, s.Through, s.Accounts, s.NewAccounts, s.NewBasicAccounts, s.Weeks ?? [], s.Reactivated, s.WentDormant, s.Dormant,
        s.DepositsAtStart, s.DepositsAtEnd, s.DepositsGrowth);

    public KpiFiguresSurrogate ConvertToSurrogate(in KpiFigures f) => new()
    {
        Month = f.Month, Through = f.Through, Accounts = f.Accounts, NewAccounts = f.NewAccounts, NewBasicAccounts = f.NewBasicAccounts,
        Weeks = f.Weeks, Reactivated = f.Reactivated, WentDormant = f.WentDormant, Dormant = f.Dormant,
        DepositsAtStart = f.DepositsAtStart, DepositsAtEnd = f.DepositsAtEnd, DepositsGrowth = f.DepositsGrowth,
    };
}

[GenerateSerializer, Alias("bg.WeekFigure")]
public struct WeekFigureSurrogate
{
    [Id(0)] public DateOnly From;
    [Id(1)] public DateOnly To;
    [Id(2)] public int NewAccounts;
    [Id(3)] public bool Met;
    [Id(4)] public bool Complete;
}

[RegisterConverter]
public sealed class WeekFigureConverter : IConverter<WeekFigure, WeekFigureSurrogate>
{
    public WeekFigure ConvertFromSurrogate(in WeekFigureSurrogate s) => new(s.From, s.To, s.NewAccounts, s.Met, s.Complete);

    public WeekFigureSurrogate ConvertToSurrogate(in WeekFigure w) =>
        new() { From = w.From, To = w.To, NewAccounts = w.NewAccounts, Met = w.Met, Complete = w.Complete };
}

[GenerateSerializer, Alias("bg.TargetCheck")]
public struct TargetCheckSurrogate
{
    [Id(0)] public int PerWeek;
    [Id(1)] public int PerMonth;
    [Id(2)] public int BasicPerMonth;
    [Id(3)] public bool WeeklyMet;
    [Id(4)] public bool MonthlyMet;
    [Id(5)] public bool BasicMet;
}

[RegisterConverter]
public sealed class TargetCheckConverter : IConverter<TargetCheck, TargetCheckSurrogate>
{
    public TargetCheck ConvertFromSurrogate(in TargetCheckSurrogate s) => new(s.PerWeek, s.PerMonth, s.BasicPerMonth, s.WeeklyMet, s.MonthlyMet, s.BasicMet);

    public TargetCheckSurrogate ConvertToSurrogate(in TargetCheck t) => new()
    {
        PerWeek = t.PerWeek, PerMonth = t.PerMonth, BasicPerMonth = t.BasicPerMonth, WeeklyMet = t.WeeklyMet, MonthlyMet = t.MonthlyMet, BasicMet = t.BasicMet,
    };
}

[GenerateSerializer, Alias("bg.TerminalTally")]
public struct TerminalTallySurrogate
{
    [Id(0)] public int Registered;
    [Id(1)] public int ActiveInMonth;
    [Id(2)] public int InactiveAtMonthEnd;
}

[RegisterConverter]
public sealed class TerminalTallyConverter : IConverter<TerminalTally, TerminalTallySurrogate>
{
    public TerminalTally ConvertFromSurrogate(in TerminalTallySurrogate s) => new(s.Registered, s.ActiveInMonth, s.InactiveAtMonthEnd);

    public TerminalTallySurrogate ConvertToSurrogate(in TerminalTally t) =>
        new() { Registered = t.Registered, ActiveInMonth = t.ActiveInMonth, InactiveAtMonthEnd = t.InactiveAtMonthEnd };
}
