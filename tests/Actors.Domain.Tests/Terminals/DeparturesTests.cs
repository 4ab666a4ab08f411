using Actors.Domain.Terminals;

namespace Actors.Domain.Tests.Terminals;

public sealed class DeparturesTests
{
    private static Approver Staff(string institution, bool teamLead = false, bool head = false, bool management = false) =>
        new("someone", institution, teamLead, head, management);

    [Fact]
    public void The_leavers_team_lead_or_head_or_the_management_department_files_a_departure_and_nobody_else()
    {
        Assert.Null(Departures.MayFile(Staff("SB-FT", teamLead: true), "SB-FT"));
        Assert.Null(Departures.MayFile(Staff("SB-FT", head: true), "SB-FT"));
        Assert.Null(Departures.MayFile(Staff("HO", management: true), "SB-FT"));

        Assert.Equal(RefusalKind.Forbidden, Departures.MayFile(Staff("SB-FT"), "SB-FT")?.Kind);
        // A team lead of another institution (even the branch above) does not.
        Assert.Equal(RefusalKind.Forbidden, Departures.MayFile(Staff("BR-SZ", teamLead: true), "SB-FT")?.Kind);
    }

    [Fact]
    public void The_receiver_is_someone_other_than_the_leaver() =>
        Assert.Equal(("toStaffId", RefusalKind.Invalid), (Departures.Receiver("cm-1", "cm-1")?.Field, Departures.Receiver("cm-1", "cm-1")?.Kind));
}
