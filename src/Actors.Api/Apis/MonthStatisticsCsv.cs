using System.Text;
using Actors.Contracts.Statistics;
using Actors.Domain.Kpis;
using Actors.Domain.Terminals;

namespace Actors.Api.Apis;

/// <summary>
/// A closed month's statistics as one sheet: a line for the institution, one per sub-branch (with its targets) and one
/// per client manager; columns that do not apply to a level are left empty.
/// </summary>
public static class MonthStatisticsCsv
{
    public const string Header =
        "month,level,id,name,accounts,newAccounts,newBasicAccounts,reactivated,wentDormant,dormant,depositsAtStart,depositsAtEnd,depositsGrowth,"
        + "weeklyTargetMet,monthlyTargetMet,basicTargetMet,terminals,terminalsActiveInMonth,terminalsInactiveAtMonthEnd";

    public static string Write(MonthStatistics s)
    {
        var csv = new StringBuilder(Header).Append("\r\n");
        csv.Append(Line(s.Month, "institution", s.InstitutionId, s.InstitutionName, s.Institution, null, s.Terminals));
        foreach (var b in s.SubBranches)
        {
            csv.Append(Line(s.Month, "subBranch", b.InstitutionId, b.Name, b.Figures, b.Targets, b.Terminals));
        }
        foreach (var m in s.Managers)
        {
            csv.Append(Line(s.Month, "manager", m.ManagerId, m.Name, m.Figures, null, null));
        }
        return csv.ToString();
    }

    private static string Line(string month, string level, string id, string name, KpiFigures f, TargetCheck? t, TerminalTally? terminals) => Csv.Line(
        month, level, id, name, f.Accounts, f.NewAccounts, f.NewBasicAccounts, f.Reactivated, f.WentDormant, f.Dormant,
        f.DepositsAtStart, f.DepositsAtEnd, f.DepositsGrowth, t?.WeeklyMet, t?.MonthlyMet, t?.BasicMet,
        terminals?.Registered, terminals?.ActiveInMonth, terminals?.InactiveAtMonthEnd);
}
