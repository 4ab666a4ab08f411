using System.Text;
using Actors.Contracts.Terminals;

namespace Actors.Api.Apis;

/// <summary>The month-end inactive list as CSV, for the team leads' spreadsheets.</summary>
public static class InactiveListCsv
{
    public const string Header = "terminalId,merchantName,maintainerId,inactiveSince";

    public static string Write(InactiveTerminalList list)
    {
        var csv = new StringBuilder(Header).Append("\r\n");
        foreach (var t in list.Terminals)
        {
            csv.Append(Csv.Line(t.TerminalId, t.MerchantName, t.MaintainerId, t.InactiveSince));
        }
        return csv.ToString();
    }
}
