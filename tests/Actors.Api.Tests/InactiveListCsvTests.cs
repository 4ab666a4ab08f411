using Actors.Api.Apis;
using Actors.Contracts.Terminals;

namespace Actors.Api.Tests;

public sealed class InactiveListCsvTests
{
    [Fact]
    public void The_export_has_a_header_a_line_per_terminal_quotes_commas_and_quotes_and_defuses_formulas()
    {
        var since = new DateTimeOffset(2026, 3, 3, 1, 0, 0, TimeSpan.Zero);
        var list = new InactiveTerminalList("SB-FT", "2026-03", since, [
            new("T1", "Tea, Coffee & \"Cake\"", "M1", since),
            new("T2", "=HYPERLINK(\"x\")", "M2", null),
        ]);

        var lines = InactiveListCsv.Write(list).Split("\r\n");

        Assert.Equal([
            "terminalId,merchantName,maintainerId,inactiveSince",
            "T1,\"Tea, Coffee & \"\"Cake\"\"\",M1,2026-03-03T01:00:00.0000000+00:00",
            "T2,\"'=HYPERLINK(\"\"x\"\")\",M2,",
            "",
        ], lines);
    }

    [Fact]
    public void Amounts_are_written_in_yuan_with_two_places_whatever_scale_they_were_stored_with_and_counts_as_they_are() =>
        Assert.Equal("50000.00,50000.00,-1234.50,0.00,7\r\n", Csv.Line(50000m, 50000.0m, -1234.5m, 0m, 7));
}
