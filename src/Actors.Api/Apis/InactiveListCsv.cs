using System.Globalization;
using System.Text;
using Actors.Contracts.Terminals;

namespace Actors.Api.Apis;

/// <summary>The month-end inactive list as CSV (RFC 4180), for the team leads' spreadsheets.</summary>
public static class InactiveListCsv
{
    public const string Header = "terminalId,merchantName,maintainerId,inactiveSince";

    public static string Write(InactiveTerminalList list)
    {
        var csv = new StringBuilder(Header).Append("\r\n");
        foreach (var t in list.Terminals)
        {
            csv.Append(CultureInfo.InvariantCulture,
                $"{Field(t.TerminalId)},{Field(t.MerchantName)},{Field(t.MaintainerId)},{t.InactiveSince?.ToString("O", CultureInfo.InvariantCulture)}\r\n");
        }
        return csv.ToString();
    }

    /// <summary>Quoted when needed; a leading formula character is defused so a spreadsheet shows the text, not a formula.</summary>
    public static string Field(string value)
    {
        var safe = value.Length > 0 && "=+-@".Contains(value[0]) ? "'" + value : value;
        return safe.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{safe.Replace("\"", "\"\"")}\"" : safe;
    }
}
